import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend interview answer`: record an answer or an agreed action in the draft.
struct InterviewAnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "answer", abstract: "Record a prompt's answer and/or an agreed action in the draft interview.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The absence (default: the latest ended sickness).", valueName: "id")) var absence: String?
    @Option(help: ArgumentHelp("Prompt id (shown by `interview start`).", valueName: "id")) var prompt: String?
    @Option(help: ArgumentHelp("The answer.", valueName: "text")) var text: String?
    @Option(help: ArgumentHelp("An agreed action to add.", valueName: "text")) var action: String?
    @OptionGroup var repeatOptions: RepeatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(text, option: "--text", limit: TextRules.noteLimit, multiline: true)
        try Parsing.checkText(action, option: "--action", limit: TextRules.noteLimit, multiline: true)
        guard prompt != nil || action != nil else { throw BadInput("give --prompt ID --text TEXT, or --action TEXT (or both)") }
        if prompt != nil && (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty { throw BadInput("--prompt needs a non-empty --text") }
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let target = try InterviewSupport.absence(document, id: absence)
        guard let index = InterviewSupport.draftIndex(document, absenceId: target.id) else {
            throw BadInput("there is no draft interview for absence \(target.id); start one with `attend interview start --employee \(document.id)`")
        }
        if let prompt {
            let script = try InterviewSupport.script(context: context, employee: document, absence: target)
            guard script.contains(where: { $0.id == prompt }) else {
                throw BadInput("--prompt '\(prompt)' is not in this interview's script; expected one of \(script.map(\.id).joined(separator: ", "))")
            }
            document.interviews[index].answers[prompt] = text
        }
        if let action {
            // An answer is set, so repeating it is harmless; an action is added, so a repeat is not.
            if document.interviews[index].agreedActions.contains(action) && !repeatOptions.again {
                throw BadInput("that agreed action is already in the draft \(document.interviews[index].id); nothing was saved. If an earlier run was cut off, it did save: check with `attend interview start --employee \(document.id) --include-private`. To add it a second time on purpose, add --again")
            }
            document.interviews[index].agreedActions.append(action)
        }
        try context.save(document, action: "interview.answer", summary: "draft \(document.interviews[index].id) updated")
        print("Saved to the draft \(document.interviews[index].id).")
    }
}

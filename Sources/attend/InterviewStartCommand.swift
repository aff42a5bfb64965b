import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend interview start`: open (or resume) the draft and print the script.
struct InterviewStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Start (or resume) a return-to-work interview and print its prompts.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The absence (default: the latest ended sickness).", valueName: "id")) var absence: String?
    @Option(help: ArgumentHelp("The day the interview is held (default: today).", valueName: "date")) var on: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var privacy: PrivacyOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let target = try InterviewSupport.absence(document, id: absence)
        if document.interviews.contains(where: { $0.absenceId == target.id && $0.status == .signedOff }) {
            throw BadInput("the interview for absence \(target.id) is already signed off; nothing was changed")
        }
        let held = try on.map { try Parsing.day($0, option: "--on") } ?? context.today
        if let end = target.end, held <= end { throw BadInput("--on \(held.iso) is not after the absence ended (\(end.iso))") }
        let script = try InterviewSupport.script(context: context, employee: document, absence: target)
        var interview: RTWInterview
        if let index = InterviewSupport.draftIndex(document, absenceId: target.id) {
            interview = document.interviews[index]
        } else {
            interview = RTWInterview(id: "rtw-\(target.id)", absenceId: target.id, heldOn: held)
            document.interviews.append(interview)
            document = try context.save(document, action: "interview.start", summary: "draft for \(target.id)")
            interview = document.interviews.last ?? interview
        }
        let saved = interview
        privacy.warnIfIncluded()
        // Answers and actions are private: shown only with --include-private (D-75).
        interview = privacy.includePrivate ? interview : (document.withoutPrivateText.interviews.first { $0.id == interview.id } ?? interview)
        if json {
            struct Prompt: Encodable { let id: String; let text: String; let context: String?; let source: String; let answer: String? }
            struct Output: Encodable { let interview: String; let absence: String; let status: String; let prompts: [Prompt]; let agreedActions: [String] }
            try JSONOutput.print(Output(interview: interview.id, absence: target.id, status: interview.status.rawValue, prompts: script.map {
                Prompt(id: $0.id, text: $0.text, context: $0.context, source: $0.source, answer: interview.answers[$0.id])
            }, agreedActions: interview.agreedActions))
            return
        }
        let resumed = !saved.answers.isEmpty
        print("\(resumed ? "Resuming" : "Started") the return-to-work interview for \(document.name), absence \(target.start.ukDisplay)–\(target.end?.ukDisplay ?? "") (\(interview.id)).")
        for (i, prompt) in script.enumerated() {
            let answered = interview.answers[prompt.id].map { "  ✔ \($0)" } ?? ""
            print("\(i + 1). [\(prompt.id)] \(prompt.text) [\(prompt.source)]")
            if let c = prompt.context { print("     \(c)") }
            if !answered.isEmpty { print("   \(answered)") }
        }
        if !interview.agreedActions.isEmpty {
            print("\nAgreed actions:")
            for action in interview.agreedActions { print("  • \(action)") }
        }
        print("\nAnswer with: attend interview answer --employee \(document.id) --prompt ID --text \"...\"; finish with: attend interview finish --employee \(document.id) --signed-off-by NAME")
    }
}

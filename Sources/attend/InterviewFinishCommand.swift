import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend interview finish`: sign off the interview.
struct InterviewFinishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "finish", abstract: "Sign off the draft interview (every prompt must be answered unless --allow-unanswered).")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The absence (default: the latest ended sickness).", valueName: "id")) var absence: String?
    @Option(name: .customLong("signed-off-by"), help: ArgumentHelp("Who signs off.", valueName: "name")) var signedOffBy: String
    @Option(help: ArgumentHelp("Sign-off date (default: today).", valueName: "date")) var on: String?
    @Option(name: .customLong("held-on"), help: ArgumentHelp("The day the interview was held (default: as started).", valueName: "date")) var heldOn: String?
    @Option(help: ArgumentHelp("yes or no: the employee acknowledged the record.", valueName: "yes|no")) var acknowledged: String?
    @Flag(name: .customLong("allow-unanswered"), help: "Sign off although some prompts have no answer.") var allowUnanswered = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let target = try InterviewSupport.absence(document, id: absence)
        guard let index = InterviewSupport.draftIndex(document, absenceId: target.id) else {
            throw BadInput("there is no draft interview for absence \(target.id) to finish")
        }
        let script = try InterviewSupport.script(context: context, employee: document, absence: target)
        let missing = script.filter { document.interviews[index].answers[$0.id] == nil }.map(\.id)
        if !missing.isEmpty && !allowUnanswered {
            throw BadInput("these prompts have no answer yet: \(missing.joined(separator: ", ")); answer them or use --allow-unanswered; nothing was changed")
        }
        let day = try on.map { try Parsing.day($0, option: "--on") } ?? context.today
        if day > context.today { throw BadInput("--on \(day.iso) is in the future; sign off once the interview is held; nothing was changed") }
        if let acknowledged, !["yes", "no"].contains(acknowledged) {
            throw BadInput("--acknowledged '\(acknowledged)' is not allowed; expected yes or no; nothing was changed")
        }
        if let heldOn {
            let held = try Parsing.day(heldOn, option: "--held-on")
            guard held <= day, held >= target.start else {
                throw BadInput("--held-on \(held.iso) must be between the absence's start (\(target.start.iso)) and the sign-off (\(day.iso)); nothing was changed")
            }
            document.interviews[index].heldOn = held
        }
        document.interviews[index].employeeAcknowledged = acknowledged.map { $0 == "yes" }
        document.interviews[index].status = .signedOff
        document.interviews[index].signedOffBy = signedOffBy
        document.interviews[index].signedOffOn = day
        try context.save(document, action: "interview.finish", summary: "signed off \(document.interviews[index].id)")
        print("Signed off the return-to-work interview for \(document.name) (\(document.interviews[index].id)) on \(day.ukDisplay).")
    }
}

import AttendanceStore
import ArgumentParser

/// `attend meeting held`: records what happened at a meeting once it was due: held, not
/// attended, or postponed at the employee's request (then `reschedule --employee-request`).
struct MeetingHeldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "held", abstract: "Record that a meeting was held, not attended, or postponed at the employee's request.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The meeting's id.", valueName: "meeting-id")) var id: String
    @Option(help: ArgumentHelp("held, not-attended or postponed.", valueName: "outcome")) var outcome: String = "held"
    @Option(help: ArgumentHelp("Why, when it was not held (kept in the history).", valueName: "text")) var reason: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(reason, option: "--reason", limit: TextRules.noteLimit, multiline: true)
        guard let value = MeetingOutcome(rawValue: outcome) else { throw BadInput("--outcome '\(outcome)' is not allowed; expected one of \(MeetingOutcome.allowedValues)") }
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let index = try MeetingChange.index(document, id: id)
        let meeting = document.meetings[index]
        if meeting.at.day > context.today { throw BadInput("meeting \(id) is on \(meeting.at.ukDisplay), after today; record what happened once it is due; nothing was changed") }
        if meeting.outcome == value { throw BadInput("meeting \(id) is already recorded as \(value.rawValue); nothing was changed") }
        document.meetings[index].outcome = value
        let saved = try context.save(document, action: "meeting.outcome", summary: "\(id) \(value.rawValue)", reason: reason)
        print("Recorded meeting \(id) for \(saved.name) as \(value.rawValue).")
        if value == .postponed { print("Rearrange it with `attend meeting reschedule --employee \(saved.id) --id \(id) --employee-request --at ... --notice-given ... --reason ...`.") }
    }
}

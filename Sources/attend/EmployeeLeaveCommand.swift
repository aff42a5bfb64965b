import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend employee leave`: records the last day of employment. From the day after, the
/// person is off the rosters, triggers and weekly review; their records are kept until the
/// organisation's retention period has passed (`attend purge`, D-79).
struct EmployeeLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave", abstract: "Record that an employee has left (their last day); their records are kept.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The last day of employment.", valueName: "date")) var on: String?
    @Flag(help: "Withdraw a leaving date recorded by mistake (give --reason).") var undo = false
    @Option(help: ArgumentHelp("Why (required with --undo).", valueName: "text")) var reason: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(reason, option: "--reason", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        if undo {
            guard let left = document.leftOn else { throw BadInput("\(document.name) has no leaving date to withdraw; nothing was changed") }
            guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw BadInput("--undo needs --reason: say why the leaving date was wrong") }
            document.leftOn = nil
            let saved = try context.save(document, action: "employee.leave-undo", summary: "leaving date \(left.iso) withdrawn", reason: reason)
            print("Withdrew \(saved.name)'s leaving date (\(left.ukDisplay)); they are on the rosters again.")
            return
        }
        guard let on else { throw BadInput("give --on DATE, the last day of employment (or --undo to withdraw one)") }
        let last = try Parsing.day(on, option: "--on")
        if let left = document.leftOn {
            throw BadInput("\(document.name) already left on \(left.ukDisplay); withdraw that with --undo --reason TEXT first; nothing was changed")
        }
        if let start = document.startDate, last < start {
            throw BadInput("--on \(last.iso) is before \(document.name) started (\(start.iso)); nothing was changed")
        }
        document.leftOn = last
        let saved = try context.save(document, action: "employee.leave", summary: "last day \(last.iso)", reason: reason)
        let until = last.adding(months: 12 * context.organisation.retentionYears)
        print("Recorded \(saved.name)'s last day as \(last.ukDisplay). From \(last.next.ukDisplay) they are off the rosters, triggers and weekly review.")
        print("Their records are kept until \(until.ukDisplay) (\(context.organisation.retentionYears) years after leaving), then `attend purge` erases them.")
        if let open = saved.openSickness { print("Note: absence \(open.id) is still open; close it with `attend sickness return` or `attend absence edit --to`.") }
    }
}

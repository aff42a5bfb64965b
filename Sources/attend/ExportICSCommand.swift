import AttendanceReports
import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// `attend export ics`: meeting invitations as an RFC 5545 calendar.
struct ExportICSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Export meetings as calendar invitations (RFC 5545, Europe/London times, no medical detail).",
        discussion: """
            Each meeting becomes a VEVENT with a stable UID (<meeting id>-<employee id>@attend), the meeting's SEQUENCE, and STATUS:CANCELLED when cancelled, so importing again updates or removes the event. No reason, note or related category is ever included.

            DTSTAMP is $SOURCE_DATE_EPOCH when set, else midnight UTC of --today when given, else now.

            Examples:
              attend export ics --employee e-12 --output meetings.ics
              attend export ics --meeting m-3 --employee e-12
            """)

    @Option(help: ArgumentHelp("Only this employee's meetings.", valueName: "id")) var employee: String?
    @Option(help: ArgumentHelp("Only this meeting.", valueName: "id")) var meeting: String?
    @Option(help: ArgumentHelp("Only meetings on or after this date.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Write to this file (created 0600, replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let fromDay = try Parsing.optionalDay(from, option: "--from")
        let stamp = try timestamp()
        let context = try storeOptions.load()
        let employees = try employee.map { [try context.employee($0)] } ?? context.snapshot.employees
        let invitations: [MeetingInvitation]
        do {
            invitations = try MeetingExport(organisation: context.organisation, policies: context.policies)
                .invitations(for: employees, meetingId: meeting, onOrAfter: fromDay)
        } catch {
            throw BadInput(error.description)
        }
        try ExportOutput.write(ICalendarWriter(stamp: stamp).bytes(invitations), to: output)

        if invitations.isEmpty {
            note("no meetings match; wrote an empty calendar")
        } else if let output, output != "-" {
            note("wrote \(invitations.count) invitation\(invitations.count == 1 ? "" : "s") to \(output)")
        }
    }

    /// DTSTAMP: $SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, else
    /// midnight UTC of --today when given (so demos and tests give identical files), else now.
    private func timestamp() throws -> UTCTimestamp {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw BadInput("$SOURCE_DATE_EPOCH '\(epoch)' is not a time; expected whole seconds since 1970-01-01T00:00:00Z")
            }
            return UTCTimestamp(secondsSince1970: seconds)
        }
        if let today = storeOptions.today {
            return UTCTimestamp(startOf: try Parsing.day(today, option: "--today"))
        }
        return UTCTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
    }

    /// A line on standard error, so standard output stays the calendar alone.
    private func note(_ text: String) {
        printError("attend: \(text)")
    }
}

import AttendanceReports
import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// `attend report`: HR's figures across teams and managers over a period: working time lost,
/// the absence rate and days per FTE, short and long term apart, the monthly trend, reasons
/// (small groups suppressed), the weekday pattern, duties kept, and triggers and cases on the
/// last day (docs/reports.md).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Organisation figures over a period: time lost, reasons, patterns, duties kept, triggers and cases.")

    @Option(help: ArgumentHelp("First day (default: 12 months before --to).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day (default: today).", valueName: "date")) var to: String?
    @OptionGroup var teamOption: TeamOption
    @Option(name: .customLong("for-manager"), help: ArgumentHelp("Only this manager's people (an id or a name).", valueName: "manager")) var forManager: String?
    @Option(help: ArgumentHelp("team, manager, month, reason, weekday, duties, cases or long-term.", valueName: "table")) var by: String = "team"
    @Flag(help: "Draw the trend sparklines in ASCII (_.-~=+*#) for a terminal or file without Unicode.") var ascii = false
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print the --by table as CSV (UTF-8 with BOM, CRLF, cells defended against formulas).") var csv = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let tables = ["team", "manager", "month", "reason", "weekday", "duties", "cases", "long-term"]
        guard tables.contains(by) else { throw BadInput("--by '\(by)' is not allowed; expected one of \(tables.joined(separator: ", "))") }
        if json && csv { throw BadInput("--json and --csv are two outputs; choose one") }
        let context = try storeOptions.load()
        let last = try to.map { try Parsing.day($0, option: "--to") } ?? context.today
        let first = try from.map { try Parsing.day($0, option: "--from") } ?? last.adding(months: -12).next
        guard first <= last else { throw BadInput("--from \(first.iso) is after --to \(last.iso)") }
        guard first.days(to: last) <= 366 * 20 else { throw BadInput("the period is over 20 years; give a shorter --from/--to") }
        var employees = try teamOption.select(context.snapshot.employees, organisation: context.organisation)
        if let forManager {
            let organisation = context.organisation
            guard let manager = organisation.managers.first(where: { $0.id == forManager || $0.name.lowercased() == forManager.lowercased() }) else {
                throw BadInput("--for-manager \(TextRules.quoted(forManager)) is not a manager in the store; expected one of \(organisation.managers.map { "\($0.id) (\($0.name))" }.joined(separator: ", "))")
            }
            employees = employees.filter { e in (organisation.teams.first { $0.id == e.teamId }?.managerId ?? e.managerId) == manager.id }
        }
        let policies = Dictionary(context.policies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let report = OrganisationReport(organisation: context.organisation, employees: employees, policies: policies,
                                        holidays: context.holidays, from: first, to: last)
        let table: CSVTable
        switch by {
        case "manager": table = OrganisationReportTables.groups(report.managers)
        case "month": table = OrganisationReportTables.months(report)
        case "reason": table = OrganisationReportTables.reasons(report)
        case "weekday": table = OrganisationReportTables.weekdays(report)
        case "duties": table = OrganisationReportTables.duties(report, groups: report.teams)
        case "cases": table = OrganisationReportTables.cases(report)
        case "long-term": table = OrganisationReportTables.longTerm(report, teamName: { context.organisation.teamName($0) })
        default: table = OrganisationReportTables.groups(report.teams)
        }
        if csv {
            try ExportOutput.write(CSVWriter().bytes(table), to: nil)
            return
        }
        if json {
            try JSONOutput.print(ReportJSON(report))
            return
        }
        print(ReportText.render(report, table: table, by: by, ascii: ascii, teamName: { context.organisation.teamName($0) }))
    }
}

import AttendanceReports
import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// `attend export csv`: absences or everyone's triggers as RFC 4180 CSV for Excel.
struct ExportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Export absences or triggers as CSV (UTF-8 with BOM, CRLF, cells defended against formulas).",
        discussion: """
            --what absences: one row per absence overlapping --from/--to, counted towards triggers as of --to or today, whichever is earlier. Private notes are never exported; reason categories only with --include-reasons (they are health data).

            --what triggers: one row per employee, each policy's window ending on --to (default today).

            Examples:
              attend export csv --what absences --team Payroll --from 2026-01-01 --output absences.csv
              attend export csv --what triggers --output triggers.csv
            """)

    @Option(help: ArgumentHelp("absences or triggers.", valueName: "table")) var what: ExportWhat
    @OptionGroup var teamOption: TeamOption
    @Option(help: ArgumentHelp("Absences: only those still running on or after this date.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Absences: only those starting on or before this date. Triggers: the evaluation date.", valueName: "date")) var to: String?
    @Flag(name: .customLong("include-reasons"), help: "Absences: add the reason category column (health data; off by default).")
    var includeReasons = false
    @Option(help: ArgumentHelp("Write to this file (created 0600, replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let fromDay = try Parsing.optionalDay(from, option: "--from")
        let toDay = try Parsing.optionalDay(to, option: "--to")
        if let fromDay, let toDay, toDay < fromDay {
            throw BadInput("--to \(toDay.iso) is before --from \(fromDay.iso); give a period whose end is on or after its start")
        }
        if what == .triggers {
            if fromDay != nil {
                throw BadInput("--from applies to --what absences; triggers are measured over each policy's window ending on --to (default today)")
            }
            if includeReasons {
                throw BadInput("--include-reasons applies to --what absences; the triggers table has no reasons")
            }
        }
        let context = try storeOptions.load()
        let employees = try teamOption.select(context.snapshot.employees, organisation: context.organisation)

        let table: CSVTable
        do {
            switch what {
            case .absences:
                let asOf = min(toDay ?? context.today, context.today)
                table = try AbsenceExport(organisation: context.organisation, policies: context.policies, holidays: context.holidays,
                                          asOf: asOf, includeReasons: includeReasons)
                    .table(for: employees, from: fromDay, to: toDay)
            case .triggers:
                table = try TriggerExport(organisation: context.organisation, policies: context.policies, holidays: context.holidays,
                                          asOf: toDay ?? context.today)
                    .table(for: employees.filter { $0.isEmployed(on: toDay ?? context.today) })
            }
        } catch {
            throw BadInput(error.description)
        }
        try ExportOutput.write(CSVWriter().bytes(table), to: output)

        if table.rows.isEmpty {
            let subject = what == .absences ? "no absences match" : "no employees match"
            note("\(subject); wrote the header row only")
        } else if let output, output != "-" {
            note("wrote \(table.rows.count) row\(table.rows.count == 1 ? "" : "s") to \(output)")
        }
        if includeReasons {
            note("the file holds reason categories, which are health data (special-category personal data); share it only with those who need it")
        }
        for marking in markings(context, employees) {
            note("the policy marks these records '\(marking)'; handle the file accordingly")
        }
    }

    /// The protective markings of the policies of the exported employees, once each.
    private func markings(_ context: StoreContext, _ employees: [EmployeeDocument]) -> [String] {
        var seen: [String] = []
        for employee in employees {
            if let marking = (try? context.policy(for: employee))?.protectiveMarking, !seen.contains(marking) {
                seen.append(marking)
            }
        }
        return seen
    }

    /// A line on standard error, so standard output stays the file alone.
    private func note(_ text: String) {
        printError("attend: \(text)")
    }
}

import AttendanceRules
import AttendanceStore

/// Everyone's trigger position as a table: one row per employee, measured on `asOf` with
/// the same `AttendanceEvaluator` that `attend triggers` uses.
///
/// "HR advice needed" is a yes/no only: the advice items name related categories
/// (disability, pregnancy), which are health data and stay in the tool, not in a sheet.
public struct TriggerExport: Sendable {
    /// The column titles.
    public static let header = [
        "Employee ID", "Name", "Team", "Policy", "Window start", "Window end", "Spells",
        "Calendar days", "Working days", "Bradford", "Triggers hit", "Next step", "HR advice needed",
    ]

    /// The organisation (default policy and nation, team names).
    public let organisation: OrganisationDocument
    /// The loaded policies; every exported employee's policy must be among them.
    public let policies: [PolicyProfile]
    /// Bank holidays, for working days on each employee's own pattern.
    public let holidays: BankHolidayCalendar
    /// The evaluation date: each window ends on it.
    public let asOf: CalendarDay

    /// An export evaluated on `asOf`.
    public init(organisation: OrganisationDocument, policies: [PolicyProfile], holidays: BankHolidayCalendar, asOf: CalendarDay) {
        self.organisation = organisation
        self.policies = policies
        self.holidays = holidays
        self.asOf = asOf
    }

    /// The table for `employees`, sorted by id.
    public func table(for employees: [EmployeeDocument]) throws(ExportError) -> CSVTable {
        var rows: [[CSVCell]] = []
        for employee in employees.sorted(by: { $0.id < $1.id }) { rows.append(try row(for: employee)) }
        return CSVTable(header: Self.header, rows: rows)
    }

    /// One employee's row. Bradford is empty when the policy does not use it; trigger ids
    /// are joined with "; " in the policy's order.
    public func row(for employee: EmployeeDocument) throws(ExportError) -> [CSVCell] {
        let directory = ExportDirectory(organisation: organisation, policies: policies)
        let policy = try directory.policy(for: employee)
        let evaluation = AttendanceEvaluator(policy: policy, holidays: holidays)
            .evaluate(employee.rulesRecord(organisation: organisation), asOf: asOf)
        let figures = evaluation.figures
        return [
            .text(employee.id), .text(employee.name), .text(directory.teamName(for: employee)), .text(policy.id),
            .date(figures.windowStart), .date(figures.asOf), .integer(figures.occasions),
            .integer(figures.calendarDays), .integer(figures.workingDays),
            figures.bradford.map(CSVCell.decimal) ?? .empty,
            .text(evaluation.triggersHit.joined(separator: "; ")), .text(evaluation.nextStep.title),
            .text(evaluation.nextStep.hrAdviceFirst.isEmpty ? "no" : "yes"),
        ]
    }
}

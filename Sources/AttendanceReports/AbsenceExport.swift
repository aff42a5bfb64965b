import AttendanceRules
import AttendanceStore

/// The absence list as a table: one row per absence record, for HR spreadsheets.
///
/// What is left out, on purpose: the private notes (sickness calls, contacts, HR decisions,
/// interviews) are never read at all, and there is no diagnosis because the store holds
/// none. The reason category ("back-pain", "stress-anxiety-depression") is health data too,
/// special-category personal data under UK GDPR, so it is only added, as the last column,
/// when `includeReasons` is set; a spreadsheet travels further than the store does.
///
/// Counting is reported as of `asOf` by running the rules' own `AbsenceCounter` on each
/// sickness record alone, so the "counts towards triggers" column can never drift from what
/// `attend triggers` counts: the same window, part-day threshold, related-category
/// exclusions and HR decisions apply. A record is measured on its own days; days that join
/// it to a neighbouring record (a weekend between two records) belong to the spell, not to
/// either record, and so are not in its figures.
public struct AbsenceExport: Sendable {
    /// The column titles without the reason column.
    public static let baseHeader = [
        "Employee ID", "Name", "Team", "Type", "Start", "End", "Calendar days", "Working days",
        "First day worked", "Last day worked", "Related category", "Certificate",
        "Counts towards triggers", "Why not / note",
    ]
    /// The title of the optional last column.
    public static let reasonHeader = "Reason category"

    /// The organisation (default policy and nation, team names).
    public let organisation: OrganisationDocument
    /// The loaded policies; every exported employee's policy must be among them.
    public let policies: [PolicyProfile]
    /// Bank holidays, for working days on each employee's own pattern.
    public let holidays: BankHolidayCalendar
    /// The date counting is measured on; an ongoing absence is counted up to it.
    public let asOf: CalendarDay
    /// Whether to add the reason category column (off by default: health data).
    public let includeReasons: Bool

    /// An export measured on `asOf`; reasons are left out unless `includeReasons`.
    public init(organisation: OrganisationDocument, policies: [PolicyProfile], holidays: BankHolidayCalendar,
                asOf: CalendarDay, includeReasons: Bool = false) {
        self.organisation = organisation
        self.policies = policies
        self.holidays = holidays
        self.asOf = asOf
        self.includeReasons = includeReasons
    }

    /// The column titles, with the reason column last when `includeReasons`.
    public var header: [String] { Self.baseHeader + (includeReasons ? [Self.reasonHeader] : []) }

    /// The table for `employees` (sorted by id, each one's absences by start), keeping the
    /// absences that overlap `from ... to` (either end open when nil; an ongoing absence
    /// runs on indefinitely).
    public func table(for employees: [EmployeeDocument], from: CalendarDay? = nil, to: CalendarDay? = nil) throws(ExportError) -> CSVTable {
        var rows: [[CSVCell]] = []
        for employee in employees.sorted(by: { $0.id < $1.id }) {
            rows += try self.rows(for: employee, from: from, to: to)
        }
        return CSVTable(header: header, rows: rows)
    }

    /// The rows of one employee's absences that overlap `from ... to`, oldest first.
    public func rows(for employee: EmployeeDocument, from: CalendarDay? = nil, to: CalendarDay? = nil) throws(ExportError) -> [[CSVCell]] {
        let directory = ExportDirectory(organisation: organisation, policies: policies)
        let policy = try directory.policy(for: employee)
        let calendar = WorkingCalendar(pattern: employee.pattern, nation: directory.nation(for: employee), holidays: holidays)
        let counter = AbsenceCounter(policy: policy, calendar: calendar)
        let team = directory.teamName(for: employee)
        let chosen = employee.absences
            .filter { record in
                (to.map { record.start <= $0 } ?? true) && (from.map { f in record.end.map { $0 >= f } ?? true } ?? true)
            }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        return chosen.map { record in
            let last = record.end ?? asOf
            let calendarDays = max(0, record.start.days(to: last) + 1)
            let workingDays = calendar.workingDays(from: record.start, through: last)
            let (counts, note) = counting(record, employee: employee, counter: counter)
            var row: [CSVCell] = [
                .text(employee.id), .text(employee.name), .text(team), .text(record.type.rawValue),
                .date(record.start), record.end.map(CSVCell.date) ?? .empty,
                .integer(calendarDays), .integer(workingDays),
                record.firstDayWorkedFraction.map(CSVCell.decimal) ?? .empty,
                record.lastDayWorkedFraction.map(CSVCell.decimal) ?? .empty,
                .text(record.related?.rawValue ?? ""), .text(record.certificate.rawValue),
                .text(counts ? "yes" : "no"), .text(note),
            ]
            if includeReasons { row.append(.text(record.reason?.rawValue ?? "")) }
            return row
        }
    }

    /// Whether the record counts towards triggers on `asOf`, and why not (or what to note).
    func counting(_ record: AbsenceRecord, employee: EmployeeDocument, counter: AbsenceCounter) -> (Bool, String) {
        guard record.type == .sickness else {
            return (false, "not sickness absence (\(record.type.label))")
        }
        guard record.start <= asOf else {
            return (false, "starts after \(asOf.iso), the date counted to")
        }
        // The record on its own, with the employee's pattern, nation and FTE.
        let alone = EmployeeRecord(id: employee.id, pattern: employee.pattern,
                                   nation: employee.nation ?? organisation.nation, fte: employee.fte,
                                   absences: [record])
        let figures = counter.figures(for: alone, asOf: asOf)
        guard let spell = figures.spells.first else {
            return (false, "ended before the trigger window (\(figures.windowStart.iso) to \(asOf.iso))")
        }
        var notes: [String] = spell.excluded.map { item in
            let why: String = switch item.reason {
            case .beforeWindow: "before the trigger window (from \(figures.windowStart.iso))"
            default: item.reason.text
            }
            return "\(item.days) day\(item.days == 1 ? "" : "s") not counted: \(why)"
        }
        if !spell.needsHRAdvice.isEmpty {
            notes.append("HR advice needed before any action (\(spell.needsHRAdvice.map(\.label).joined(separator: ", ")))")
        }
        return (spell.countsAsOccasion, notes.joined(separator: "; "))
    }
}

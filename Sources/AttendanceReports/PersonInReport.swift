import AttendanceRules
import AttendanceStore

/// One employee's part in an organisation report: their time available and lost in the
/// period, and their spells (start, reason category, days lost, long-term or not).
public struct PersonInReport: Hashable, Sendable {
    public struct Spell: Hashable, Sendable {
        public let start: CalendarDay
        public let reason: ReasonCategory?
        public let workingDaysLost: Int
        public let longTerm: Bool
        public let nextToHolidayOrLeave: Bool
        /// Days lost per month index of the report (0 = its first month).
        public let byMonth: [Int: Int]
    }

    public let id: String
    public let teamId: String?
    /// The team's manager, else their own.
    public let managerId: String?
    public let fte: Double
    public let workingDaysAvailable: Int
    public let monthlyAvailable: [Int]
    public let spells: [Spell]

    /// The person's figures over `months` (first days of months) from `from` through `to`:
    /// available days are their working days while employed (start date to leaving day).
    public init(employee: EmployeeDocument, organisation: OrganisationDocument, policy: PolicyProfile,
                holidays: BankHolidayCalendar, from: CalendarDay, to: CalendarDay, months: [CalendarDay]) {
        let record = employee.rulesRecord(organisation: organisation)
        let calendar = WorkingCalendar(pattern: record.pattern, nation: record.nation, holidays: holidays)
        id = employee.id
        teamId = employee.teamId
        managerId = organisation.teams.first { $0.id == employee.teamId }?.managerId ?? employee.managerId
        fte = employee.fte
        let first = max(from, employee.startDate ?? from)
        let last = min(to, employee.leftOn ?? to)
        workingDaysAvailable = first <= last ? calendar.workingDays(from: first, through: last) : 0
        monthlyAvailable = months.map { month in
            let end = month.adding(months: 1).previous
            let a = max(first, month), b = min(last, end)
            return a <= b ? calendar.workingDays(from: a, through: b) : 0
        }
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($0.element.year * 12 + $0.element.month - 1, $0.offset) })
        let counter = AbsenceCounter(policy: policy, calendar: calendar)
        spells = counter.spells(for: record, from: first, through: max(first, last)).map { found in
            let reasons = employee.absences.filter { found.spell.recordIds.contains($0.id) }.compactMap(\.reason)
            var byMonth: [Int: Int] = [:]
            for (key, days) in found.byMonth { if let i = index[key] { byMonth[i, default: 0] += days } }
            return Spell(start: found.spell.start, reason: reasons.first, workingDaysLost: found.workingDaysLost, longTerm: found.longTerm,
                         nextToHolidayOrLeave: AbsencePatterns.isNextToHolidayOrLeave(found.spell, employee: record, calendar: calendar),
                         byMonth: byMonth)
        }
    }
}

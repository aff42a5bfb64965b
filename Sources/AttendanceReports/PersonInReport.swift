import AttendanceRules
import AttendanceStore

/// One employee's part in an organisation report: their time available and lost in the
/// period, their spells (start, reason category, days lost, long-term or not), the duties
/// that fell due in it and how they were kept, and their case on its last day.
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
    public let duties: ReportDutyFigures
    /// Nil when they were not employed on the last day.
    public let caseStatus: PersonCaseStatus?

    /// The person's figures over `months` (first days of months) from `from` through `to`:
    /// available days are their working days while employed (start date to leaving day).
    public init(employee: EmployeeDocument, organisation: OrganisationDocument, policy: PolicyProfile,
                holidays: BankHolidayCalendar, from: CalendarDay, to: CalendarDay, months: [CalendarDay],
                teamManagers: [String: String]? = nil) {
        let record = employee.rulesRecord(organisation: organisation)
        let calendar = WorkingCalendar(pattern: record.pattern, nation: record.nation, holidays: holidays)
        id = employee.id
        teamId = employee.teamId
        let teamManager = employee.teamId.flatMap { id in
            teamManagers.map { $0[id] } ?? organisation.teams.first { $0.id == id }?.managerId
        }
        managerId = teamManager ?? employee.managerId
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
        let planner = DutyPlanner(policy: policy, employeeCalendar: calendar,
                                  organisationCalendar: .organisation(nation: record.nation, holidays: holidays))
        let found = first <= last ? counter.spells(for: record, from: first, through: last) : []
        let leave = employee.absences.filter { $0.type == .annualLeave }
        var duties = ReportDutyFigures()
        for spell in found.map(\.spell) {
            let ids = Set(spell.recordIds)
            for kept in planner.keeping(spell: spell, records: employee.absences.filter { ids.contains($0.id) }, leave: leave,
                                        facts: employee.facts(for: spell.recordIds), from: first, through: last) {
                duties.add(kept)
            }
        }
        for meeting in employee.meetings where !meeting.cancelled && meeting.at.day >= first && meeting.at.day <= last {
            duties.meetings += 1
            if meeting.overrideReason == nil { duties.meetingsPassedChecks += 1 } else { duties.meetingsOverridden += 1 }
        }
        self.duties = duties
        caseStatus = last == to && first <= to
            ? PersonCaseStatus(employee: employee, record: record, policy: policy, counter: counter, planner: planner,
                               on: to, lapsingWithinDays: ReportCases.lapsingWithinDays)
            : nil
        spells = found.filter { $0.workingDaysLost > 0 }.map { found in
            let reasons = employee.absences.filter { found.spell.recordIds.contains($0.id) }.compactMap(\.reason)
            var byMonth: [Int: Int] = [:]
            for (key, days) in found.byMonth { if let i = index[key] { byMonth[i, default: 0] += days } }
            return Spell(start: found.spell.start, reason: reasons.first, workingDaysLost: found.workingDaysLost, longTerm: found.longTerm,
                         nextToHolidayOrLeave: AbsencePatterns.isNextToHolidayOrLeave(found.spell, employee: record, calendar: calendar),
                         byMonth: byMonth)
        }
    }
}

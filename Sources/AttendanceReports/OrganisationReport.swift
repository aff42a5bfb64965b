import AttendanceRules
import AttendanceStore

/// HR's report over a period, for the organisation and each team and manager: working time
/// lost with its monthly trend, reasons (small groups suppressed), the weekday pattern of
/// spell starts and spells next to bank holidays or leave, duties kept, and triggers and
/// cases on its last day. Pure: built from the documents, the policies and the bank holidays.
public struct OrganisationReport: Hashable, Sendable {
    public let from: CalendarDay
    public let to: CalendarDay
    /// The first day of each month in the period, oldest first.
    public let months: [CalendarDay]
    /// The minimum group for a reason figure (the organisation's setting, default 5).
    public let minimumGroupSize: Int
    public let organisation: ReportGroupFigures
    public let teams: [ReportGroupFigures]
    public let managers: [ReportGroupFigures]
    public let reasons: [ReportReasonFigures]
    /// Spells starting on each weekday (Monday first), per month of the period.
    public let weekdayStarts: [[Int]]
    /// Spells starting the day after, or ending the day before, a bank holiday or annual leave.
    public let spellsNextToHolidayOrLeave: Int
    public let spells: Int
    public let cases: ReportCases

    /// The organisation's reasons, or those of a team or manager's group (`key`).
    public static func reasons(of people: [PersonInReport], minimumGroupSize: Int) -> [ReportReasonFigures] {
        let headcount = Set(people.map(\.id)).count
        var days: [ReasonCategory: Int] = [:], spells: [ReasonCategory: Int] = [:], who: [ReasonCategory: Set<String>] = [:]
        for person in people {
            for spell in person.spells {
                let reason = spell.reason ?? .notGiven
                days[reason, default: 0] += spell.workingDaysLost
                spells[reason, default: 0] += 1
                who[reason, default: []].insert(person.id)
            }
        }
        return ReasonCategory.allCases.compactMap { reason -> ReportReasonFigures? in
            guard let lost = days[reason] else { return nil }
            let shown = headcount >= minimumGroupSize && (who[reason]?.count ?? 0) >= minimumGroupSize
            return ReportReasonFigures(reason: reason.rawValue, label: reason.name, suppressed: !shown,
                                       workingDaysLost: shown ? lost : nil, spells: shown ? spells[reason] : nil)
        }.sorted { ($0.workingDaysLost ?? -1, $0.reason) > ($1.workingDaysLost ?? -1, $1.reason) }
    }
}

extension OrganisationReport {
    /// The report from `from` through `to` over everyone employed in it whose policy is loaded.
    public init(organisation: OrganisationDocument, employees: [EmployeeDocument], policies: [String: PolicyProfile],
                holidays: BankHolidayCalendar, from: CalendarDay, to: CalendarDay) {
        self.from = from
        self.to = to
        var months: [CalendarDay] = []
        var month = CalendarDay(year: from.year, month: from.month, day: 1) ?? from
        while month <= to, months.count < 1200 {
            months.append(month)
            month = month.adding(months: 1)
        }
        self.months = months
        let periodMonths = months
        minimumGroupSize = max(1, organisation.reportMinimumGroupSize ?? OrganisationDocument.defaultReportMinimumGroupSize)
        let teamManagers = Dictionary(organisation.teams.map { ($0.id, $0.managerId) }, uniquingKeysWith: { a, _ in a })
        let people = ConcurrentMap.map(employees.filter { ($0.leftOn ?? to) >= from && ($0.startDate ?? from) <= to }, chunkSize: 32) { employee -> PersonInReport? in
            guard let policy = policies[employee.policy ?? organisation.policy] else { return nil }
            return PersonInReport(employee: employee, organisation: organisation, policy: policy, holidays: holidays, from: from, to: to,
                                  months: periodMonths, teamManagers: teamManagers)
        }.compactMap { $0 }
        func group(_ key: String, _ name: String, _ members: [PersonInReport]) -> ReportGroupFigures {
            var lostMonthly = Array(repeating: 0, count: months.count), availableMonthly = Array(repeating: 0, count: months.count)
            var short = 0, long = 0, spells = 0
            var duties = ReportDutyFigures()
            for person in members {
                duties = duties + person.duties
                for (i, days) in person.monthlyAvailable.enumerated() { availableMonthly[i] += days }
                for spell in person.spells {
                    spells += 1
                    if spell.longTerm { long += spell.workingDaysLost } else { short += spell.workingDaysLost }
                    for (i, days) in spell.byMonth { lostMonthly[i] += days }
                }
            }
            return ReportGroupFigures(key: key, name: name, people: members.count, fte: members.reduce(0) { $0 + $1.fte },
                                      workingDaysAvailable: members.reduce(0) { $0 + $1.workingDaysAvailable },
                                      workingDaysLost: short + long, shortTermDaysLost: short, longTermDaysLost: long, spells: spells,
                                      monthlyDaysLost: lostMonthly, monthlyDaysAvailable: availableMonthly, duties: duties)
        }
        self.organisation = group("organisation", organisation.name, people)
        // Grouped once by key: an organisation of 50,000 has thousands of teams.
        let byTeam = Dictionary(grouping: people) { $0.teamId ?? "" }
        let byManager = Dictionary(grouping: people) { $0.managerId ?? "" }
        let teamIds = Set(organisation.teams.map(\.id))
        var teams = organisation.teams.map { team in group(team.id, team.name, byTeam[team.id] ?? []) }
        let noTeam = people.filter { p in p.teamId.map { !teamIds.contains($0) } ?? true }
        if !noTeam.isEmpty { teams.append(group("", "No team", noTeam)) }
        self.teams = teams
        managers = organisation.managers.map { manager in group(manager.id, manager.name, byManager[manager.id] ?? []) }
        reasons = Self.reasons(of: people, minimumGroupSize: minimumGroupSize)
        var weekdays = Array(repeating: Array(repeating: 0, count: 7), count: months.count)
        let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($0.element.year * 12 + $0.element.month - 1, $0.offset) })
        var next = 0, count = 0
        for person in people {
            for spell in person.spells {
                count += 1
                if spell.nextToHolidayOrLeave { next += 1 }
                // Only spells that start in the period are placed by their start day.
                if let i = monthIndex[spell.start.year * 12 + spell.start.month - 1], spell.start >= from {
                    weekdays[i][spell.start.weekday.rawValue - 1] += 1
                }
            }
        }
        weekdayStarts = weekdays
        spellsNextToHolidayOrLeave = next
        spells = count
        cases = ReportCases(on: to, people: people, policies: policies)
    }
}

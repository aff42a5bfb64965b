import AttendanceRules
import AttendanceStore

/// Everything the person screens (timeline and detail) show about one employee, derived from
/// `AppData` on its `today`: the document, policy, evaluation, calendars and the duties of its
/// sickness spells, from the same `EmployeeDocument.spellDuties` call as the CLI's `assess`.
public struct PersonSummary: Sendable {
    public let employee: EmployeeDocument
    public let policy: PolicyProfile
    public let evaluation: EmployeeEvaluation
    public let nation: Nation
    public let today: CalendarDay
    /// The latest sickness spell the evaluation knows of (inside the window), if any.
    public let latestSpell: SpellFigures?
    /// The duties of every spell with one still open and of the latest spell with duties
    /// (`DutyPlanner.duties(for:figures:facts:asOf:)`), most urgent first.
    public let duties: [Duty]
    /// The same duties by spell, oldest spell first.
    public let spellDuties: [SpellDuties]
    /// The rules' view of the employee.
    public let record: EmployeeRecord
    /// The employee's own calendar (their pattern less their nation's bank holidays).
    public let calendar: WorkingCalendar
    /// The organisation's calendar for the employee's nation.
    public let organisationCalendar: WorkingCalendar

    /// The summary of employee `id`, or nil when there is no such employee or policy.
    public init?(data: AppData, id: String) {
        guard let employee = data.employee(id), let policy = data.policy(for: employee) else { return nil }
        let evaluator = AttendanceEvaluator(policy: policy, holidays: data.holidays)
        let record = employee.rulesRecord(organisation: data.organisation)
        self.employee = employee
        self.policy = policy
        self.record = record
        self.evaluation = data.evaluation(id) ?? evaluator.evaluate(record, asOf: data.today)
        self.nation = data.nation(for: employee)
        self.today = data.today
        self.calendar = evaluator.calendar(for: record)
        self.organisationCalendar = .organisation(nation: nation, holidays: data.holidays)
        let planner = DutyPlanner(policy: policy, employeeCalendar: calendar, organisationCalendar: organisationCalendar)
        let spells = employee.spellDuties(planner: planner, record: record, figures: evaluation.figures, on: data.today)
        self.latestSpell = evaluation.figures.spells.last
        self.spellDuties = spells
        self.duties = Self.sorted(spells.flatMap(\.duties), today: data.today)
    }

    /// What has been recorded for an absence, for marking duties done.
    public static func facts(for employee: EmployeeDocument, absenceIds: [String]) -> AbsenceFacts {
        employee.facts(for: absenceIds)
    }

    /// Duties by urgency (overdue, due, upcoming, done, not needed), then by date.
    static func sorted(_ duties: [Duty], today: CalendarDay) -> [Duty] {
        duties.enumerated().sorted { a, b in
            let ka = (a.element.status, a.element.due ?? today, a.offset)
            let kb = (b.element.status, b.element.due ?? today, b.offset)
            return ka < kb
        }.map(\.element)
    }

    /// Duties still to be done (overdue, due or upcoming).
    public var openDuties: [Duty] { duties.filter { $0.status == .overdue || $0.status == .due || $0.status == .upcoming } }

    /// Triggers evaluated as they stood on `day` (figures over the window ending on `day`).
    public func triggers(on day: CalendarDay) -> (figures: AbsenceFigures, triggers: [TriggerResult]) {
        let figures = AbsenceCounter(policy: policy, calendar: calendar).figures(for: record, asOf: day)
        return (figures, TriggerEvaluator.evaluate(figures, policy: policy, fte: record.fte))
    }

    /// The working pattern in words, e.g. "Mon–Fri, 7.5 h a day (37.5 h a week)".
    public var patternText: String {
        let p = employee.pattern
        let days = p.sortedDays
        let names: String
        let isRun = days.count > 2 && zip(days, days.dropFirst()).allSatisfy { $0.rawValue + 1 == $1.rawValue }
        if isRun, let first = days.first, let last = days.last {
            names = "\(first.name.prefix(3))–\(last.name.prefix(3))"
        } else {
            names = days.map { String($0.name.prefix(3)) }.joined(separator: " ")
        }
        let hours = Set(days.map { p.hours(on: $0) })
        let perDay = hours.count == 1 ? "\(Self.number(hours.first ?? p.hoursPerDay)) h a day" : "hours vary by day"
        return "\(names), \(perDay) (\(Self.number(p.weeklyHours)) h a week)\(p.worksBankHolidays ? ", works bank holidays" : "")"
    }

    /// A number with at most two decimals and no trailing ".0".
    static func number(_ value: Double) -> String { TriggerEvaluator.format(value) }
}

import AttendanceRules
import AttendanceStore

/// The manager's week (screen 6): who newly hit a trigger in the 7 days ending on a day, and
/// everything due or overdue. The same rules as the CLI's `attend triggers --week` (a pure
/// copy, so the TUI core does not depend on the executable): a trigger is newly hit on a day
/// when it holds then and did not the day before; overdue items look back eight weeks.
public struct WeeklyReviewModel: Hashable, Sendable {
    public let weekStart: CalendarDay
    public let weekEnd: CalendarDay
    /// Newly hit triggers, oldest first.
    public let newlyHit: [WeeklyReviewEntry]
    /// Due, overdue and upcoming items, most urgent first.
    public let dueOrOverdue: [WeeklyReviewEntry]

    /// The selectable list: the new triggers, then what is due (kept, not joined per keypress).
    public let entries: [WeeklyReviewEntry]

    /// The week ending on `asOf` (default: the data's today) for `employees` (default: everyone).
    public init(data: AppData, employees: [EmployeeDocument]? = nil, asOf: CalendarDay? = nil) {
        let asOf = asOf ?? data.today
        let first = asOf.adding(days: -6)
        // Each person's week is independent of everyone else's: spread them over the cores.
        let parts = ConcurrentMap.map(employees ?? data.employees, chunkSize: 32) { employee in
            Self.week(of: employee, data: data, asOf: asOf)
        }
        var hits = parts.flatMap(\.hits)
        var items = parts.flatMap(\.items)
        let order = ["overdue": 0, "due": 1, "lapsed": 1, "held?": 2, "scheduled": 3, "upcoming": 4]
        items.sort { ((order[$0.status] ?? 5), $0.due ?? asOf, $0.name) < ((order[$1.status] ?? 5), $1.due ?? asOf, $1.name) }
        hits.sort { ($0.due ?? asOf, $0.name) < ($1.due ?? asOf, $1.name) }
        weekStart = first
        weekEnd = asOf
        newlyHit = hits
        dueOrOverdue = items
        entries = hits + items
    }

    /// One person's new triggers and due items in the week ending on `asOf`.
    static func week(of employee: EmployeeDocument, data: AppData, asOf: CalendarDay)
        -> (hits: [WeeklyReviewEntry], items: [WeeklyReviewEntry]) {
        let first = asOf.adding(days: -6)
        let horizon = asOf.adding(days: -56)
        let ahead = asOf.adding(days: 7)
        var hits: [WeeklyReviewEntry] = []
        var items: [WeeklyReviewEntry] = []
        guard let policy = data.policy(for: employee) else { return ([], []) }
        let evaluator = AttendanceEvaluator(policy: policy, holidays: data.holidays)
        let record = employee.rulesRecord(organisation: data.organisation)
        let current = asOf == data.today ? (data.evaluation(employee.id) ?? evaluator.evaluate(record, asOf: asOf)) : evaluator.evaluate(record, asOf: asOf)
        let recommended = current.nextStep.stage.flatMap { policy.meeting($0) != nil ? $0 : nil }
        // Figures only grow on days of sickness (dropping days off the window can only
        // un-hit a trigger), so only people off sick during the week can newly hit one.
        let sickThisWeek = employee.absences.contains { $0.type == .sickness && $0.start <= asOf && ($0.end ?? asOf) >= first }
        var previous = sickThisWeek ? Set(evaluator.evaluate(record, asOf: first.previous).triggersHit) : []
        var day = sickThisWeek ? first : asOf.next
        while day <= asOf {
            let evaluation = day == asOf ? current : evaluator.evaluate(record, asOf: day)
            for trigger in evaluation.triggers where trigger.hit && !previous.contains(trigger.id) {
                let done = Self.actedOn(employee, policy: policy, stage: recommended, since: day)
                hits.append(WeeklyReviewEntry(
                    employeeId: employee.id, name: employee.name, kind: .trigger, title: "\(trigger.label) (\(trigger.id))",
                    due: day, status: done == nil ? "new" : "in hand", detail: trigger.explanation, nextStep: done?.text ?? evaluation.nextStep.title,
                    source: trigger.source, meetingKind: recommended, triggerId: trigger.id, actedOn: done?.record))
            }
            previous = Set(evaluation.triggersHit)
            day = day.next
        }
        if let summary = PersonSummary(data: data, id: employee.id), asOf == data.today {
            for duty in summary.duties where (duty.status == .overdue && (duty.due.map { $0 >= horizon } ?? true))
                || ((duty.status == .due || duty.status == .upcoming) && (duty.due.map { $0 >= horizon && $0 <= ahead } ?? false)) {
                items.append(WeeklyReviewEntry(
                    employeeId: employee.id, name: employee.name, kind: duty.id == "rtw-interview" ? .interview : .duty,
                    title: duty.title, due: duty.due, status: duty.status.rawValue, detail: duty.detail ?? "", nextStep: nil,
                    source: duty.source, meetingKind: nil))
            }
        }
        for warning in current.warnings {
            if let lapse = warning.lapses, lapse >= first, lapse <= ahead {
                items.append(WeeklyReviewEntry(
                    employeeId: employee.id, name: employee.name, kind: .warningLapse, title: "\(warning.name) lapses",
                    due: lapse, status: lapse <= asOf ? "lapsed" : "upcoming", detail: "", nextStep: nil,
                    source: warning.source, meetingKind: nil))
            }
        }
        for stage in employee.stages {
            if let end = stage.reviewPeriodEnd, end >= first, end <= ahead {
                let rule = policy.stage(stage.stage)
                let reviewKind = policy.meeting("\(stage.stage)-review") != nil ? "\(stage.stage)-review" : recommended
                items.append(WeeklyReviewEntry(
                    employeeId: employee.id, name: employee.name, kind: .reviewEnd, title: "\(rule?.name ?? stage.stage) review period ends",
                    due: end, status: end <= asOf ? "due" : "upcoming", detail: "", nextStep: nil,
                    source: rule?.reviewPeriod?.source ?? policy.citationKey, meetingKind: reviewKind))
            }
        }
        for meeting in employee.meetings where !meeting.cancelled && meeting.at.day >= first && meeting.at.day <= ahead {
            let rule = policy.meeting(meeting.kind)
            items.append(WeeklyReviewEntry(
                employeeId: employee.id, name: employee.name, kind: .meeting,
                title: "\(rule?.name ?? meeting.kind) at \(meeting.at.ukDisplay), \(meeting.place)",
                due: meeting.at.day, status: meeting.at.day < asOf ? "held?" : "scheduled", detail: "", nextStep: nil,
                source: rule?.source ?? policy.citationKey, meetingKind: recommended ?? meeting.kind,
                actedOn: RecordReference(.meeting, meeting.id)))
        }
        return (hits, items)
    }

    /// What was done about a next step since `day`: an outcome recorded for its stage, else a
    /// meeting of its kind booked (not cancelled or put off), so the week stops asking for it.
    static func actedOn(_ employee: EmployeeDocument, policy: PolicyProfile, stage: String?, since day: CalendarDay)
        -> (text: String, record: RecordReference)? {
        guard let stage else { return nil }
        let name = policy.meeting(stage)?.name ?? policy.stage(stage)?.name ?? stage
        if let outcome = employee.stages.last(where: { $0.stage == stage && $0.decidedOn >= day }) {
            return ("done: \(policy.stage(stage)?.name ?? stage) outcome recorded \(outcome.decidedOn.ukDisplay) (\(outcome.outcome.rawValue))",
                    RecordReference(.stage, outcome.id))
        }
        if let meeting = employee.meetings.last(where: { $0.kind == stage && !$0.cancelled && $0.outcome != .postponed && $0.at.day >= day }) {
            return ("booked: \(name) on \(meeting.at.ukDisplay) (\(meeting.id))", RecordReference(.meeting, meeting.id))
        }
        return nil
    }
}

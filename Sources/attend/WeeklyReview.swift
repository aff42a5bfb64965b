import AttendanceRules
import AttendanceStore

/// The manager's weekly review: who newly hit a trigger in the 7 days ending on a date, and
/// everything due or overdue that week.
struct WeeklyReview: Encodable {
    struct NewHit: Encodable {
        let employee: String
        let name: String
        let trigger: String
        let on: String
        let explanation: String
        let nextStep: String
        let source: String
    }

    struct Item: Encodable {
        let employee: String
        let name: String
        let kind: String
        let title: String
        let due: String?
        let status: String
        let source: String
    }

    let weekStart: String
    let weekEnd: String
    let newlyHit: [NewHit]
    let dueOrOverdue: [Item]

    static func build(context: StoreContext, employees: [EmployeeDocument], asOf: CalendarDay) throws -> WeeklyReview {
        let first = asOf.adding(days: -6)
        var hits: [NewHit] = []
        var items: [Item] = []
        for employee in employees {
            let policy = try context.policy(for: employee)
            let evaluator = try context.evaluator(for: employee)
            let record = employee.rulesRecord(organisation: context.organisation)
            // A trigger is newly hit on a day when it holds then and did not the day before.
            var previous = Set(evaluator.evaluate(record, asOf: first.previous).triggersHit)
            var day = first
            while day <= asOf {
                let evaluation = evaluator.evaluate(record, asOf: day)
                for trigger in evaluation.triggers where trigger.hit && !previous.contains(trigger.id) {
                    hits.append(NewHit(employee: employee.id, name: employee.name, trigger: trigger.id, on: day.iso,
                                       explanation: trigger.explanation, nextStep: evaluation.nextStep.title, source: trigger.source))
                }
                previous = Set(evaluation.triggersHit)
                day = day.next
            }
            let (evaluation, duties, _) = try context.assess(employee, on: asOf)
            // Overdue items from the last eight weeks; older ones stay on `attend employee show`.
            let horizon = asOf.adding(days: -56)
            for duty in duties where (duty.status == .overdue && (duty.due.map { $0 >= horizon } ?? true))
                || ((duty.status == .due || duty.status == .upcoming) && (duty.due.map { $0 >= horizon && $0 <= asOf.adding(days: 7) } ?? false)) {
                items.append(Item(employee: employee.id, name: employee.name, kind: "duty", title: duty.title,
                                  due: duty.due?.iso, status: duty.status.rawValue, source: duty.source))
            }
            for warning in evaluation.warnings {
                if let lapse = warning.lapses, lapse >= first, lapse <= asOf.adding(days: 7) {
                    items.append(Item(employee: employee.id, name: employee.name, kind: "warning-lapse", title: "\(warning.name) lapses",
                                      due: lapse.iso, status: lapse <= asOf ? "lapsed" : "upcoming", source: warning.source))
                }
            }
            for stage in employee.stages {
                if let end = stage.reviewPeriodEnd, end >= first, end <= asOf.adding(days: 7) {
                    let name = policy.stage(stage.stage)?.name ?? stage.stage
                    items.append(Item(employee: employee.id, name: employee.name, kind: "review-end", title: "\(name) review period ends",
                                      due: end.iso, status: end <= asOf ? "due" : "upcoming", source: policy.stage(stage.stage)?.reviewPeriod?.source ?? policy.citationKey))
                }
            }
            for meeting in employee.meetings where !meeting.cancelled && meeting.at.day >= first && meeting.at.day <= asOf.adding(days: 7) {
                let name = policy.meeting(meeting.kind)?.name ?? meeting.kind
                items.append(Item(employee: employee.id, name: employee.name, kind: "meeting", title: "\(name) at \(meeting.at.ukDisplay), \(meeting.place)",
                                  due: meeting.at.day.iso, status: meeting.at.day < asOf ? "held?" : "scheduled", source: policy.meeting(meeting.kind)?.source ?? policy.citationKey))
            }
        }
        let order = ["overdue": 0, "due": 1, "lapsed": 1, "held?": 2, "scheduled": 3, "upcoming": 4]
        items.sort { ((order[$0.status] ?? 5), $0.due ?? "", $0.name) < ((order[$1.status] ?? 5), $1.due ?? "", $1.name) }
        hits.sort { ($0.on, $0.name) < ($1.on, $1.name) }
        return WeeklyReview(weekStart: first.iso, weekEnd: asOf.iso, newlyHit: hits, dueOrOverdue: items)
    }

    func printText() {
        let start = CalendarDay(iso: weekStart)?.ukDisplay ?? weekStart
        let end = CalendarDay(iso: weekEnd)?.ukDisplay ?? weekEnd
        print("Week \(start) – \(end)")
        print("\nNewly hit a trigger:")
        if newlyHit.isEmpty { print("  nobody") }
        for h in newlyHit {
            print("  \(h.name) (\(h.employee)): \(h.trigger) on \(CalendarDay(iso: h.on)?.ukDisplay ?? h.on) — \(h.explanation)")
            print("      next step: \(h.nextStep) [\(h.source)]")
        }
        print("\nDue or overdue:")
        if dueOrOverdue.isEmpty { print("  nothing") }
        for i in dueOrOverdue {
            print("  [\(i.status)] \(i.name) (\(i.employee)): \(i.title)\(i.due.map { " — \(CalendarDay(iso: $0)?.ukDisplay ?? $0)" } ?? "") [\(i.source)]")
        }
    }
}

import AttendanceRules
import AttendanceStore
import TUICore

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

    /// The week from the same model the terminal UI's "This week" screen uses.
    static func build(context: StoreContext, employees: [EmployeeDocument], asOf: CalendarDay) throws -> WeeklyReview {
        // Evaluated on the review's own day, so `--as-of` gets the duties due that week as well.
        let data = AppData(snapshot: context.snapshot, policies: context.policies, holidays: context.holidays, today: asOf)
        let model = WeeklyReviewModel(data: data, employees: employees, asOf: asOf)
        let hits = model.newlyHit.map {
            NewHit(employee: $0.employeeId, name: $0.name, trigger: $0.triggerId ?? $0.title, on: $0.due?.iso ?? asOf.iso,
                   explanation: $0.detail, nextStep: $0.nextStep ?? "", source: $0.source)
        }
        let items = model.dueOrOverdue.map {
            Item(employee: $0.employeeId, name: $0.name, kind: $0.kind.rawValue, title: $0.title, due: $0.due?.iso,
                 status: $0.status, source: $0.source)
        }
        return WeeklyReview(weekStart: model.weekStart.iso, weekEnd: model.weekEnd.iso, newlyHit: hits, dueOrOverdue: items)
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

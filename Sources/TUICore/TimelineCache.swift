import AttendanceRules
import AttendanceStore

/// A person's timeline items as last computed, kept in `TimelineState` so that moving the
/// cursor does not re-run the trigger history. Valid while the employee's document, policy
/// and today are the same.
public struct TimelineCache: Hashable, Sendable {
    let employee: EmployeeDocument
    let policy: PolicyProfile
    let today: CalendarDay
    let items: [TimelineItem]
    let rangeStart: CalendarDay
    let rangeEnd: CalendarDay

    /// Whether the cache was computed from the same facts as `summary`.
    func matches(_ summary: PersonSummary) -> Bool {
        today == summary.today && employee == summary.employee && policy == summary.policy
    }
}

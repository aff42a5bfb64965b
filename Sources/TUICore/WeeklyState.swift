import AttendanceRules
import AttendanceStore

/// The weekly screen's selection and its last computed review (the trigger history of a
/// week is too costly to run on every key).
public struct WeeklyState: Hashable, Sendable {
    /// Index into the review's entries.
    public var selected = 0
    /// The review as last computed, and the facts it was computed from.
    public var cache: WeeklyReviewCache?

    public init() {}
}

/// A weekly review and what it was made from: valid while today, the team/manager filter
/// and the employees' documents are the same.
public struct WeeklyReviewCache: Hashable, Sendable {
    let today: CalendarDay
    let team: String?
    let manager: String?
    let employees: [EmployeeDocument]
    public let model: WeeklyReviewModel

    func matches(_ state: AppState, _ employees: [EmployeeDocument]) -> Bool {
        today == state.data.today && team == state.roster.team && manager == state.roster.manager && self.employees == employees
    }
}

import AttendanceRules

/// One line of the weekly review.
public struct WeeklyReviewEntry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case trigger, interview, duty
        case warningLapse = "warning-lapse"
        case reviewEnd = "review-end"
        case meeting
    }

    public let employeeId: String
    public let name: String
    public let kind: Kind
    public let title: String
    /// The day it was hit (a trigger) or falls due.
    public let due: CalendarDay?
    /// `new`, `overdue`, `due`, `upcoming`, `lapsed`, `scheduled` or `held?`.
    public let status: String
    /// The explanation (a trigger) or the duty's detail.
    public let detail: String
    /// The recommended next step (a trigger).
    public let nextStep: String?
    public let source: String
    /// The meeting kind to preselect when scheduling from this entry (the recommended stage).
    public let meetingKind: String?
    /// The trigger id, for a newly hit trigger.
    public var triggerId: String? = nil
    /// What has been done about it already: the meeting booked or the outcome recorded for a
    /// trigger's next step, or a scheduled meeting's own record. Enter shows it on the
    /// timeline instead of booking another.
    public var actedOn: RecordReference? = nil
}

import AttendanceRules

/// What happened at a meeting, once it was due (issue 12).
public enum MeetingOutcome: String, PolicyEnum {
    case held
    /// The employee did not attend.
    case notAttended = "not-attended"
    /// Put off at the employee's request (rearrange it with `meeting reschedule --employee-request`).
    case postponed
}

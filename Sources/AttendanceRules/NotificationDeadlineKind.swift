/// How the day-1 sickness call deadline is expressed (AMB-21).
public enum NotificationDeadlineKind: String, PolicyEnum {
    /// `minutes` after the employee's normal start time.
    case afterStart
    /// Before the employee's start time.
    case beforeStart
    /// By a clock time (`time`), e.g. 09:30.
    case clockTime
}

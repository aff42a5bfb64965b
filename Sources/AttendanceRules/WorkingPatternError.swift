/// A working pattern that cannot be used; the message says what is allowed.
public enum WorkingPatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No day is worked, which would make every count of working days zero.
    case noDays
    /// A day's hours are not more than 0 and at most 24; `weekday` is nil for `hoursPerDay`.
    case hoursOutOfRange(hours: Double, weekday: Weekday?)
    /// Hours were given for a weekday that is not among the days worked (probably a typo).
    case hoursForDayNotWorked(Weekday)
    /// The same weekday is listed twice in `days` (probably a typo for another day).
    case duplicateDay(Weekday)

    /// e.g. "hoursPerDay 25.0 is out of range: expected more than 0 and at most 24".
    public var description: String {
        switch self {
        case .noDays:
            "no working days: expected at least one of mon, tue, wed, thu, fri, sat, sun"
        case .hoursOutOfRange(let hours, let weekday?):
            "hours for \(weekday.id) \(hours) is out of range: expected more than 0 and at most 24"
        case .hoursOutOfRange(let hours, nil):
            "hoursPerDay \(hours) is out of range: expected more than 0 and at most 24"
        case .hoursForDayNotWorked(let weekday):
            "hours are given for \(weekday.id), which is not in days: expected hours only for days worked"
        case .duplicateDay(let weekday):
            "\(weekday.id) is listed twice in days: expected each day at most once"
        }
    }
}

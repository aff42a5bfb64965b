import AttendanceRules

/// The team month calendar's cursor (a person row and a day).
public struct TeamCalendarState: Hashable, Sendable {
    public var cursor: CalendarDay
    /// Index into the roster's visible rows.
    public var row = 0
    public var scroll = 0

    public init(today: CalendarDay) { cursor = today }
}

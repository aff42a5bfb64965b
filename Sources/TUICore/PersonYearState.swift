import AttendanceRules

/// One person's year view: the day under the cursor.
public struct PersonYearState: Hashable, Sendable {
    public var cursor: CalendarDay

    public init(today: CalendarDay) { cursor = today }
}

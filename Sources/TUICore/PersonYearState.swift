import AttendanceRules

/// One person's year view: the day under the cursor, whose year is the year shown. The person
/// is the roster's selection (`AppState.selectedRow`).
public struct PersonYearState: Hashable, Sendable {
    /// The day under the cursor.
    public var cursor: CalendarDay

    /// Starts on `today`.
    public init(today: CalendarDay) { cursor = today }
}

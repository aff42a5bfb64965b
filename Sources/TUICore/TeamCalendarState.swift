import AttendanceRules

/// The team month calendar's cursor: a day, whose month is the month shown.
///
/// The person under the cursor is the roster's selection (`AppState.roster.selected`, an index
/// into the visible rows) rather than a copy of it, so the calendar, the year, the timeline
/// and the person screens always show the same person.
public struct TeamCalendarState: Hashable, Sendable {
    /// The day under the cursor.
    public var cursor: CalendarDay

    /// Starts on `today`.
    public init(today: CalendarDay) { cursor = today }
}

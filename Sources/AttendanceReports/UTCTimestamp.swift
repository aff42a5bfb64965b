import AttendanceRules

/// An instant in UTC to the second, for iCalendar's DTSTAMP.
///
/// The library never reads a clock: the caller passes the instant in, so the same store
/// and the same stamp always give byte-identical calendars (tests, `SOURCE_DATE_EPOCH`).
public struct UTCTimestamp: Hashable, Comparable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int

    /// The instant `secondsSince1970` seconds after the Unix epoch.
    public init(secondsSince1970: Int) { self.secondsSince1970 = secondsSince1970 }

    /// Midnight UTC at the start of `day`.
    public init(startOf day: CalendarDay) { self.secondsSince1970 = day.dayNumber * 86_400 }

    /// RFC 5545 UTC form, e.g. `20260315T101500Z`.
    public var iCalendarUTC: String {
        let days = Int((Double(secondsSince1970) / 86_400).rounded(.down))
        let seconds = secondsSince1970 - days * 86_400
        let day = CalendarDay(dayNumber: days)
        let time = [seconds / 3600, seconds % 3600 / 60, seconds % 60].map(ICalendarWriter.twoDigits).joined()
        return "\(ICalendarWriter.basicDate(day))T\(time)Z"
    }

    /// Earlier instants first.
    public static func < (lhs: UTCTimestamp, rhs: UTCTimestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }
}

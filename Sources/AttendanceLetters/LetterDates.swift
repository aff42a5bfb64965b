import AttendanceRules

/// Dates as a UK letter writes them: "8 December 2026", "Tuesday 8 December 2026".
public enum LetterDates {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// "8 December 2026".
    public static func long(_ day: CalendarDay) -> String {
        let c = day.components
        return "\(c.day) \(months[max(0, min(11, c.month - 1))]) \(c.year)"
    }

    /// "Tuesday 8 December 2026".
    public static func withWeekday(_ day: CalendarDay) -> String { "\(day.weekday.name) \(long(day))" }

    /// "1 hour", "45 minutes", "1 hour 30 minutes".
    public static func duration(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return Plural.of(rest, "minute")
        case (_, 0): return Plural.of(hours, "hour")
        default: return "\(Plural.of(hours, "hour")) \(Plural.of(rest, "minute"))"
        }
    }
}

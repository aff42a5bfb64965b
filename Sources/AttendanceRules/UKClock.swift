/// Europe/London clock rules: GMT in winter, BST (UTC+1) from 01:00 UTC on the last Sunday
/// of March to 01:00 UTC on the last Sunday of October (Summer Time Order 2002).
///
/// Computed rather than read from the system's tz database so that results do not depend
/// on the machine's time zone or its tzdata.
public enum UKClock {
    /// The UTC offset in minutes in force at a UK wall-clock time.
    ///
    /// In the repeated hour at the end of BST (01:00-01:59 on the last Sunday of October)
    /// the first occurrence (BST) is taken; a time in the skipped hour at the start of BST
    /// (01:00-01:59 on the last Sunday of March) is read as GMT, i.e. as if the clocks had
    /// not yet gone forward.
    public static func offsetMinutes(at local: LocalDateTime) -> Int {
        let year = local.day.year
        let start = lastSunday(year: year, month: 3)
        let end = lastSunday(year: year, month: 10)
        if local.day > start && local.day < end { return 60 }
        if local.day == start { return local.minuteOfDay >= 120 ? 60 : 0 }
        if local.day == end { return local.minuteOfDay < 120 ? 60 : 0 }
        return 0
    }

    /// Minutes since 1970-01-01 00:00 UTC for a UK wall-clock time.
    public static func utcMinutes(_ local: LocalDateTime) -> Int {
        local.day.dayNumber * 1440 + local.minuteOfDay - offsetMinutes(at: local)
    }

    /// Elapsed clock minutes from `from` to `to` (negative when `to` is earlier).
    public static func elapsedMinutes(from: LocalDateTime, to: LocalDateTime) -> Int {
        utcMinutes(to) - utcMinutes(from)
    }

    /// The UK wall-clock time `minutes` of elapsed time after `from`.
    public static func adding(minutes: Int, to from: LocalDateTime) -> LocalDateTime {
        let target = utcMinutes(from) + minutes
        // Try the offsets that can apply and keep the one that round-trips.
        for offset in [60, 0] {
            let wall = target + offset
            let day = CalendarDay(dayNumber: Int((Double(wall) / 1440).rounded(.down)))
            let minute = wall - day.dayNumber * 1440
            let candidate = LocalDateTime(day: day, minuteOfDay: minute)
            if utcMinutes(candidate) == target { return candidate }
        }
        let wall = target
        let day = CalendarDay(dayNumber: Int((Double(wall) / 1440).rounded(.down)))
        return LocalDateTime(day: day, minuteOfDay: wall - day.dayNumber * 1440)
    }

    /// The last Sunday of a month.
    public static func lastSunday(year: Int, month: Int) -> CalendarDay {
        let last = CalendarDay(year: year, month: month, day: CalendarDay.daysInMonth(year: year, month: month))
            ?? CalendarDay(dayNumber: 0)
        let back = (last.weekday.rawValue % 7) // Sunday (7) -> 0, Monday (1) -> 1, ...
        return last.adding(days: -back)
    }
}

import AttendanceRules
import Foundation

/// Today's date in the UK, read once at the edge (the rules never read a clock).
enum Today {
    static func day() -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDay(dayNumber: 0)
    }
}

extension Today {
    /// The current UK local time, to the minute.
    static func now() -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .current
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
        let day = CalendarDay(year: p.year ?? 1970, month: p.month ?? 1, day: p.day ?? 1) ?? CalendarDay(dayNumber: 0)
        return LocalDateTime(day: day, minuteOfDay: (p.hour ?? 0) * 60 + (p.minute ?? 0))
    }
}

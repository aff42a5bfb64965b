import AttendanceRules

/// The day-cursor keys the team calendar and the year share: ←/→ (l) a day, w/b a week,
/// n/p (PgDn/PgUp) a page of `page` months, Home/End the month's first and last day, t today.
/// Nil for a key that is not one of them (each screen keeps its own ↑/↓).
enum DayCursor {
    static func moved(_ cursor: CalendarDay, _ key: KeyEvent, pageMonths page: Int, today: CalendarDay) -> CalendarDay? {
        switch key {
        case .left: cursor.previous
        case .right, .character("l"): cursor.next
        case .character("w"): cursor.adding(days: 7)
        case .character("b"): cursor.adding(days: -7)
        case .character("n"), .pageDown: cursor.adding(months: page)
        case .character("p"), .pageUp: cursor.adding(months: -page)
        case .home: cursor.adding(days: 1 - cursor.day)
        case .end: cursor.adding(days: CalendarDay.daysInMonth(year: cursor.year, month: cursor.month) - cursor.day)
        case .character("t"): today
        default: nil
        }
    }
}

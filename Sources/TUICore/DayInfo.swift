import AttendanceRules

/// Everything the calendars show about one person's day: the absence on it, whether it is a
/// working day for their pattern, the bank holiday of their nation, and pattern hints.
public struct DayInfo: Hashable, Sendable {
    /// The day described.
    public let day: CalendarDay
    /// The absence drawn on the day (sickness wins over leave when records overlap).
    public let absence: AbsenceRecord?
    /// The fraction of the day worked (0 for a whole day absent or no absence).
    public let workedFraction: Double
    /// The bank holiday of the person's nation on the day.
    public let holiday: BankHoliday?
    /// A working day of the person's pattern, less bank holidays unless they work them.
    public let isWorkingDay: Bool
    /// The sickness spell the day belongs to (a weekend bridged inside a spell included).
    public let spell: CalendarSpell?
    /// Pattern facts of a counted spell that fall on this day (its first or last day).
    public let hints: Set<PatternHint>

    /// The kind of absence, if any.
    public var kind: DayKind? { absence.map { DayKind($0.type) } }
    /// Part of the day was worked.
    public var isPartDay: Bool { absence != nil && workedFraction > 0 }
    /// Saturday or Sunday.
    public var isWeekend: Bool { day.weekday >= .saturday }
    /// Weekends and bank holidays are shaded.
    public var isShaded: Bool { isWeekend || holiday != nil }
}

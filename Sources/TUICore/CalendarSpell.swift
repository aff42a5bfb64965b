import AttendanceRules

/// One sickness spell as the calendars draw it: sickness records merged by the policy's spell
/// rule, whether the rules counted it as an occasion on `today`, and its pattern facts.
public struct CalendarSpell: Hashable, Sendable {
    /// The first day absent.
    public let start: CalendarDay
    /// The last day absent (`today` while the spell is ongoing).
    public let end: CalendarDay
    /// Still open on `today`.
    public let ongoing: Bool
    /// The sickness records merged into the spell, oldest first.
    public let recordIds: [String]
    /// true or false when the spell touches the window of today's evaluation; nil when it is
    /// older than the window (the rules did not weigh it).
    public let counted: Bool?
    /// Pattern facts, worked out as the rules' `AbsencePatterns` does for each spell.
    public let hints: Set<PatternHint>

    /// Whether the day lies inside the spell (bridged weekends included).
    public func contains(_ day: CalendarDay) -> Bool { start <= day && day <= end }

    /// Calendar length, first to last day.
    public var calendarDays: Int { start.days(to: end) + 1 }
}

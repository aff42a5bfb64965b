/// One spell (occasion) of sickness and what of it counted.
public struct SpellFigures: Hashable, Sendable {
    public let start: CalendarDay
    /// The last day absent; for an ongoing spell, the evaluation date.
    public let end: CalendarDay
    public let ongoing: Bool
    public let recordIds: [String]
    /// Counted calendar days inside the window.
    public let countedCalendarDays: Int
    /// Counted days inside the window that are working days of the employee's own pattern.
    public let countedWorkingDays: Int
    /// Counted calendar days of the whole spell, window or not (for "a single period of 10 days").
    public let wholeSpellCalendarDays: Int
    /// Counted working days of the whole spell.
    public let wholeSpellWorkingDays: Int
    public let countsAsOccasion: Bool
    public let hasFitNote: Bool
    /// Why the days that did not count did not, grouped: (reason, number of days).
    public let excluded: [(reason: DayExclusionReason, days: Int)]
    /// Related categories in the spell that need HR advice before any action (AMB-46 hrReview).
    public let needsHRAdvice: [RelatedCategory]
    /// Every record of the spell is a part day that did not count (and days off beside it):
    /// the employee was at work for the policy's purposes (D-57).
    public let onlyUncountedPartDays: Bool
    /// The employee came back part way through the spell's last day, so that day is also
    /// their first day back.
    public let returnedDuringLastDay: Bool

    public static func == (lhs: SpellFigures, rhs: SpellFigures) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end && lhs.recordIds == rhs.recordIds
            && lhs.countedCalendarDays == rhs.countedCalendarDays && lhs.countedWorkingDays == rhs.countedWorkingDays
            && lhs.countsAsOccasion == rhs.countsAsOccasion
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(recordIds)
    }

    /// Calendar length of the spell, first to last day.
    public var lengthCalendarDays: Int { start.days(to: end) + 1 }
}

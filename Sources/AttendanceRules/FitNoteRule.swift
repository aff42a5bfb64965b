/// When a fit note is needed (spell longer than `requiredAfterCalendarDays`) and when it is due.
public struct FitNoteRule: Codable, Hashable, Sendable {
    public let requiredAfterCalendarDays: Int
    /// The calendar day of the spell by which it must be with the manager (NOTTS 10);
    /// nil when the policy states no deadline (CAF) (AMB-45).
    public let dueByCalendarDay: Int?
    /// Fit notes must run on with no gaps (NUL08 [002:1732]).
    public let mustBeContinuous: Bool
    public let source: String
}

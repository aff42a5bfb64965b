/// Why a day of a sickness spell did not count towards triggers.
public enum DayExclusionReason: Hashable, Sendable {
    /// The day is before the window starts.
    case beforeWindow
    /// At least the threshold fraction of the day was worked.
    case partDayWorked(fraction: Double, threshold: Double, source: String)
    /// A non-working day (or bank holiday) of a record next to a part day that did not count:
    /// with that day gone there is no absence on the other side to bridge it to.
    case besideUncountedPartDay(source: String)
    /// The absence's related category is excluded by the policy.
    case excludedCategory(RelatedCategory, source: String)
    /// HR decided the absence does not count.
    case hrDecision(by: String, on: CalendarDay)

    /// At least the threshold of the day was worked.
    public var isPartDay: Bool {
        if case .partDayWorked = self { return true }
        return false
    }

    /// A short explanation with its source.
    public var text: String {
        switch self {
        case .beforeWindow: "before the window"
        case .partDayWorked(let f, let t, let source):
            "part day: \(Int((f * 100).rounded()))% of the day worked, at least \(Int((t * 100).rounded()))% (\(source))"
        case .besideUncountedPartDay(let source):
            "a day off next to a part day that did not count, so not part of a spell (\(source))"
        case .excludedCategory(let category, let source): "\(category.label), not counted (\(source))"
        case .hrDecision(let by, let on): "HR decided it does not count (\(by), \(on.ukDisplay))"
        }
    }
}

/// Why a day of a sickness spell did not count towards triggers.
public enum DayExclusionReason: Hashable, Sendable {
    /// The day is before the window starts.
    case beforeWindow
    /// At least the threshold fraction of the day was worked.
    case partDayWorked(fraction: Double, threshold: Double, source: String)
    /// The absence's related category is excluded by the policy.
    case excludedCategory(RelatedCategory, source: String)
    /// HR decided the absence does not count.
    case hrDecision(by: String, on: CalendarDay)

    /// A short explanation with its source.
    public var text: String {
        switch self {
        case .beforeWindow: "before the window"
        case .partDayWorked(let f, let t, let source):
            "part day: \(Int((f * 100).rounded()))% of the day worked, at least \(Int((t * 100).rounded()))% (\(source))"
        case .excludedCategory(let category, let source): "\(category.label), not counted (\(source))"
        case .hrDecision(let by, let on): "HR decided it does not count (\(by), \(on.ukDisplay))"
        }
    }
}

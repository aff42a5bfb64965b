/// A point in a continuous spell at which something is due, e.g. the 12-week review.
public struct LongTermMilestone: Codable, Hashable, Sendable {
    public let id: String
    public let label: String
    /// Elapsed from the first day of the spell.
    public let after: Period
    /// `by`: must be done by then; `at`: falls due then; `from`: becomes possible then.
    public let kind: String
    public let source: String
}

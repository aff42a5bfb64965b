/// A point in a continuous spell at which something is due, e.g. the 12-week review.
public struct LongTermMilestone: Codable, Hashable, Sendable {
    public let id: String
    public let label: String
    /// Elapsed from the first day of the spell.
    public let after: Period
    /// `by`: must be done by then; `at`: falls due then; `from`: becomes possible then.
    public let kind: String
    /// How "after" is read: `>` for "after 12 weeks" (the day after they are complete), `>=`
    /// for "by 6 months"; nil takes `>` for `from` and `>=` otherwise.
    public let comparator: ThresholdComparator?
    public let source: String
}

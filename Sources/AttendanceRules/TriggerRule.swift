/// A trigger point: a figure over the window compared with a value, e.g. Bradford >= 150.
public struct TriggerRule: Codable, Hashable, Sendable {
    /// A stable id for reports, e.g. `bradford-150`.
    public let id: String
    public let label: String
    public let metric: TriggerMetric
    public let comparator: ThresholdComparator
    public let value: Double
    /// Long-term: the spell must be covered by a fit note (NUL08 "continuous certified" [002:1539]).
    public let requiresFitNote: Bool?
    /// Marks the long-term trigger, which routes a case to the long-term procedure (AMB-23).
    public let longTerm: Bool?
    public let source: String
}

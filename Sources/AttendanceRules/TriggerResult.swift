/// One trigger of a policy evaluated for an employee on a date.
public struct TriggerResult: Hashable, Sendable {
    public let id: String
    public let label: String
    public let metric: TriggerMetric
    public let value: Double
    public let threshold: Double
    public let comparator: ThresholdComparator
    public let hit: Bool
    public let isLongTerm: Bool
    public let source: String
    /// Why it was or was not hit, in words.
    public let explanation: String
}

/// The range a stage's review (monitoring) period must fall in.
public struct ReviewPeriodRule: Codable, Hashable, Sendable {
    public let minimum: Period?
    public let maximum: Period?
    public let source: String
}

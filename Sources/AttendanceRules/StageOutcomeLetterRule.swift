/// What an outcome letter for a stage tells the employee about the review period: what is
/// expected in it and what follows if it is not met.
public struct StageOutcomeLetterRule: Codable, Hashable, Sendable {
    /// Completes "During the review period …".
    public let expected: String
    /// What follows when the standard is not met; nil when the policy does not say.
    public let next: String?
    public let source: String
}

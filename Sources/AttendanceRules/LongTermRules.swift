/// The long-term absence route: milestones counted from the first day of a continuous spell.
public struct LongTermRules: Codable, Hashable, Sendable {
    public let definition: String
    public let milestones: [LongTermMilestone]
    /// While a spell is long-term, Bradford stage prompts are held and the long-term route applies (AMB-23).
    public let suppressesTriggerLadder: Bool
    public let source: String
}

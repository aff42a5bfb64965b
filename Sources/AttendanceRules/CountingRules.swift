/// What counts towards triggers: spells, part days, and exclusions by related category.
public struct CountingRules: Codable, Hashable, Sendable {
    public let spells: SpellMergeRule
    public let partDay: PartDayRule
    public let exclusions: [ExclusionRule]

    /// The treatment of a related category (count when the policy does not list it).
    public func treatment(of category: RelatedCategory) -> ExclusionRule? {
        exclusions.first { $0.category == category }
    }
}

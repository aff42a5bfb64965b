/// The treatment of one related category under a policy, with its source.
public struct ExclusionRule: Codable, Hashable, Sendable {
    public let category: RelatedCategory
    public let treatment: ExclusionTreatment
    public let source: String
}

/// How many people are in one category of a report's cases section: at a trigger point, in
/// a Bradford band, at a stage.
public struct ReportCount: Hashable, Sendable, Codable {
    /// Stable: a trigger's or stage's id, `informal`, `appeal`, or a band's lower bound.
    public let key: String
    /// The policy the category belongs to (triggers, bands and stages are each policy's own).
    public let policy: String
    public let label: String
    public let people: Int
}

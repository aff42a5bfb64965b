/// One scheduling check of a meeting kind, e.g. "at least 5 clear working days' notice".
public struct MeetingCheckRule: Codable, Hashable, Sendable {
    public let id: String
    public let type: MeetingCheckType
    public let amount: Int?
    /// What the rule says, in words.
    public let rule: String
    /// `must` or `should`.
    public let strength: String
    public let source: String
}

/// The result of one scheduling check.
public struct MeetingCheckResult: Hashable, Sendable {
    public let id: String
    public let rule: String
    public let source: String
    public let strength: String
    public let ok: Bool
    /// What the rule requires, concretely for this meeting ("meeting on or after 2026-12-29").
    public let required: String
    /// What was proposed or recorded.
    public let actual: String
}

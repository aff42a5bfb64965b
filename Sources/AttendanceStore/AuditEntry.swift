/// One line of the append-only audit log: who changed what, when. It never holds medical
/// detail or private notes: only ids, the action and a short summary.
public struct AuditEntry: Codable, Hashable, Sendable {
    /// UTC time of the change, ISO 8601.
    public let at: String
    public let actor: String
    public let action: String
    public let target: String
    public let summary: String

    public init(at: String, actor: String, action: String, target: String, summary: String) {
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.summary = summary
    }
}

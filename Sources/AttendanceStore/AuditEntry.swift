/// One change in the store-wide audit view: who changed what, when. It never holds medical
/// detail or private notes: only ids, the action and a short summary.
///
/// Since schema 4 (employees) and 2 (organisation) the entries are the documents' own
/// histories (`ChangeRecord`); `audit.jsonl`, which older attends appended after each save,
/// is kept and read as the record of changes made before that.
public struct AuditEntry: Codable, Hashable, Sendable {
    /// UTC time of the change, ISO 8601.
    public let at: String
    public let actor: String
    public let action: String
    public let target: String
    public let summary: String
    /// The revision the change produced; nil for a line of the older `audit.jsonl`.
    public let revision: Int?

    public init(at: String, actor: String, action: String, target: String, summary: String, revision: Int? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.summary = summary
        self.revision = revision
    }
}

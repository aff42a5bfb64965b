/// One saved change, kept inside the document it changed: who, when, what and the revision
/// the save produced. Because it is part of the document, a change and its record land in the
/// same atomic rename or not at all (issue 11); there is no second file to disagree with.
/// It never holds medical detail or a private note (see `FileStore.redacting`).
public struct ChangeRecord: Codable, Hashable, Sendable {
    /// The document's revision after this change.
    public let revision: Int
    /// UTC time of the change, ISO 8601.
    public let at: String
    public let actor: String
    public let action: String
    public let summary: String
    /// Why, when the user gave a reason (an edit, a void, an undo); nil otherwise.
    public let reason: String?
    /// What changed, field by field (schema 5); nil in entries written before it.
    public let changes: [FieldChange]?

    public init(revision: Int, at: String, actor: String, action: String, summary: String,
                reason: String? = nil, changes: [FieldChange]? = nil) {
        self.revision = revision
        self.at = at
        self.actor = actor
        self.action = action
        self.summary = summary
        self.reason = reason
        self.changes = changes
    }
}

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

    public init(revision: Int, at: String, actor: String, action: String, summary: String) {
        self.revision = revision
        self.at = at
        self.actor = actor
        self.action = action
        self.summary = summary
    }
}

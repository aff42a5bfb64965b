import Foundation

/// What every backend does the same way to a document: encode and decode it (migrating an
/// older schema, refusing a newer one), and make the next version of it for a save (the
/// revision after the one it was read at, the current schema, and the history entry with who,
/// when, why and what changed, private notes blanked out of the summary).
public enum StoreDocuments {
    public static func encode(_ value: some Encodable) throws(StoreError) -> Data { try FileStore.encode(value) }

    public static func decodeEmployee(_ data: Data, file: String) throws(StoreError) -> EmployeeDocument {
        try FileStore.decodeEmployee(data, file: file)
    }

    public static func decodeOrganisation(_ data: Data, file: String) throws(StoreError) -> OrganisationDocument {
        try FileStore.decodeOrganisation(data, file: file)
    }

    /// Refuses an id that cannot be a document's name.
    public static func checkEmployeeId(_ id: String) throws(StoreError) { try FileStore.checkEmployeeId(id) }

    /// The document as it will be saved over `previous` (the stored bytes, nil for a new one).
    public static func nextEmployee(_ document: EmployeeDocument, previous: Data?, actor: String, action: String, summary: String,
                                    reason: String?, now: Date) throws(StoreError) -> EmployeeDocument {
        let file = "employees/\(document.id).json"
        var next = document
        next.revision = try FileStore.nextRevision(after: document.revision, file: file)
        next.schemaVersion = EmployeeDocument.currentSchemaVersion
        // What changed, field by field, from the document as stored now. Schema 4 has the
        // layout of schema 5 but for lists it lacked (so they compare as empty); an older
        // document's layout differs, so it is not compared.
        let comparable = previous.flatMap { bytes in
            ((try? FileStore.schemaVersion(bytes, file: file, supported: EmployeeDocument.currentSchemaVersion)) ?? 0) >= 4 ? bytes : nil
        }
        var changes: [FieldChange]?
        if let comparable { changes = DocumentDiff.changes(from: comparable, to: try FileStore.encode(next)) }
        // The summary is the caller's; a private note quoted in it is blanked out, so the
        // history never holds one (they stay in their own fields only).
        next.history.append(ChangeRecord(revision: next.revision, at: FileStore.timestamp(now), actor: actor, action: action,
                                         summary: FileStore.redacting(next.privateTexts, in: summary),
                                         reason: reason.map { FileStore.redacting(next.privateTexts, in: $0) },
                                         changes: changes?.isEmpty == false ? changes : nil))
        return next
    }

    public static func nextOrganisation(_ document: OrganisationDocument, actor: String, action: String, summary: String,
                                        reason: String?, now: Date) throws(StoreError) -> OrganisationDocument {
        var next = document
        next.revision = try FileStore.nextRevision(after: document.revision, file: "organisation.json")
        next.schemaVersion = OrganisationDocument.currentSchemaVersion
        next.history.append(ChangeRecord(revision: next.revision, at: FileStore.timestamp(now), actor: actor,
                                         action: action, summary: summary, reason: reason))
        return next
    }

    /// A stored document's revision (refusing a newer schema).
    public static func revision(ofEmployee data: Data, file: String) throws(StoreError) -> Int {
        try FileStore.revision(of: data, file: file, supported: EmployeeDocument.currentSchemaVersion)
    }

    /// The history timestamp attend writes (UTC, ISO 8601).
    public static func timestamp(_ date: Date) -> String { FileStore.timestamp(date) }
}

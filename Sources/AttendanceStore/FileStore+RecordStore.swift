import Foundation

extension FileStore: RecordStore {
    public var location: String { root }

    public func storeExists() throws(StoreError) -> Bool { exists }

    public func changeStamp() -> StoreStamp { StoreStamp(root: root) }

    /// Every employee file is looked at (`lstat`) and only those replaced since are read.
    public func reload(after previous: StoreSnapshot) throws(StoreError) -> StoreSnapshot { try load(after: previous) }
}

extension RecordStore {
    /// The common calls with their defaults (a protocol's requirements cannot have them).
    @discardableResult
    public func save(_ document: EmployeeDocument, actor: String, action: String, summary: String,
                     reason: String? = nil) throws(StoreError) -> EmployeeDocument {
        try save(document, actor: actor, action: action, summary: summary, reason: reason, now: Date())
    }

    @discardableResult
    public func save(_ document: OrganisationDocument, actor: String, action: String, summary: String,
                     reason: String? = nil) throws(StoreError) -> OrganisationDocument {
        try save(document, actor: actor, action: action, summary: summary, reason: reason, now: Date())
    }

    public func create(_ organisation: OrganisationDocument, employees: [EmployeeDocument] = [], actor: String) throws(StoreError) {
        try create(organisation, employees: employees, actor: actor, now: Date())
    }

    public func auditLog() -> [AuditEntry] { auditLog(nil) }

    @discardableResult
    public func erase(employee id: String, actor: String, detail: String) throws(StoreError) -> OrganisationDocument {
        try erase(employee: id, actor: actor, detail: detail, now: Date())
    }
}

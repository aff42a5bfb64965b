import Foundation

/// The one interface every command and the terminal UI use to reach attend's records, with
/// the same behaviour on each backend: the folder of JSON documents (`FileStore`, the
/// embedded default) and a shared PostgreSQL database (`PostgresStore`, docs/postgresql.md).
///
/// Every save is checked against the revision it was read at and lands whole with its
/// history entry, or throws and changes nothing.
public protocol RecordStore: Sendable {
    /// Where the store is, as the user named it (a folder, or a URL without its password).
    var location: String { get }
    /// Whether a store has been created here.
    func storeExists() throws(StoreError) -> Bool
    /// Creates the store with these documents; refuses where one exists.
    func create(_ organisation: OrganisationDocument, employees: [EmployeeDocument], actor: String, now: Date) throws(StoreError)
    /// Writes a whole store copied from another (`attend store copy`): every document exactly
    /// as given, revisions and history kept; refuses where a store exists.
    func restore(_ organisation: OrganisationDocument, employees: [EmployeeDocument], actor: String, now: Date) throws(StoreError)
    /// Everything this connection may see; damaged documents become problems.
    func load() throws(StoreError) -> StoreSnapshot
    /// The store as it is now, after `previous` was loaded from it: the same as `load()`, but a
    /// backend may read only what changed since (the database does; the folder reads it all).
    func reload(after previous: StoreSnapshot) throws(StoreError) -> StoreSnapshot
    func loadEmployee(_ id: String) throws(StoreError) -> EmployeeDocument
    /// Saves a document read at `document.revision`, appending its history entry; refuses
    /// with `.conflict` if someone saved it since. Returns the saved document.
    @discardableResult
    func save(_ document: EmployeeDocument, actor: String, action: String, summary: String, reason: String?,
              now: Date) throws(StoreError) -> EmployeeDocument
    @discardableResult
    func save(_ document: OrganisationDocument, actor: String, action: String, summary: String, reason: String?,
              now: Date) throws(StoreError) -> OrganisationDocument
    /// Every recorded change, oldest first.
    func auditLog(_ snapshot: StoreSnapshot?) -> [AuditEntry]
    /// Removes a leaver's document for good (retention), recording it on the organisation.
    func erase(employee id: String, actor: String, detail: String, now: Date) throws(StoreError) -> OrganisationDocument
    /// A cheap fingerprint that changes whenever anyone saves, for the UI's reload.
    func changeStamp() -> StoreStamp
}

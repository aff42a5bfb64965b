import AttendanceStore
import Logging
import PostgresNIO

/// An employee document as its two rows: the document without private free text (in
/// `attend.employees`, which reports may read) and the whole document (in
/// `attend.employee_private`, which only the person's manager and HR may read).
struct EmployeeRow: Sendable {
    let id: String
    let teamId: String?
    let managerId: String?
    let revision: Int
    let publicJSON: String
    let fullJSON: String

    init(_ document: EmployeeDocument) throws(StoreError) {
        id = document.id
        teamId = document.teamId
        managerId = document.managerId
        revision = document.revision
        fullJSON = String(decoding: try StoreDocuments.encode(document), as: UTF8.self)
        publicJSON = String(decoding: try StoreDocuments.encode(document.withoutPrivateText), as: UTF8.self)
    }

    /// Inserts the row, and its whole document unless the caller writes that itself.
    func insert(_ connection: PostgresConnection, withPrivate: Bool = true, logger: Logger) async throws {
        let inserted = try await connection.values("""
            INSERT INTO attend.employees (id, team_id, manager_id, revision, document)
            VALUES (\(id), \(teamId), \(managerId), \(revision), \(publicJSON)::json) ON CONFLICT (id) DO NOTHING RETURNING id
            """, String.self, logger: logger)
        guard inserted.count == 1 else { throw StoreError.conflict(file: "employee \(id)", expected: 0, found: 1) }
        if withPrivate {
            try await connection.query("INSERT INTO attend.employee_private (id, document) VALUES (\(id), \(fullJSON)::json)", logger: logger)
        }
    }
}

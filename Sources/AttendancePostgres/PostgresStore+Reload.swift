import AttendanceStore
import Foundation
import PostgresNIO

extension PostgresStore {
    /// The store as it is now, fetching only what changed since `previous`: the row version
    /// of every person this role may see (a few bytes a person; PostgreSQL's `xmin`, which
    /// any update moves, a save's or a hand edit's), then the documents of the people whose
    /// version moved, who are new to the role, or whose row was damaged, and the organisation
    /// only if its revision moved. People gone from the list (erased, or moved to
    /// a team the role may not see) are dropped. One read-only transaction at repeatable read,
    /// so the list and the documents are one moment's. HR's open UI over 50,000 people reloads
    /// in the time of a few rows instead of the whole organisation's.
    public func reload(after previous: StoreSnapshot) throws(StoreError) -> StoreSnapshot {
        try checkSchema()
        // Only the people loaded whole last time count as known: a damaged row is read again.
        var known: [String: String] = [:]
        known.reserveCapacity(previous.employees.count)
        for employee in previous.employees { known[employee.id] = previous.versions[employee.id] }
        let knownVersions = known
        let organisationRevision = previous.organisation.revision
        let (organisationJSON, listed, fetched) = try session.transaction("reloading the store",
                                                                          begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { connection, logger in
            let organisation = try await connection.pairs("SELECT revision, document::text FROM attend.organisation WHERE revision <> \(organisationRevision)",
                                                          Int.self, String.self, logger: logger).first?.1
            let listed = try await connection.pairs("""
                SELECT e.id, e.xmin::text || '/' || COALESCE(p.xmin::text, '-')
                FROM attend.employees e LEFT JOIN attend.employee_private p ON p.id = e.id ORDER BY e.id
                """, String.self, String.self, logger: logger)
            let wanted = listed.compactMap { id, version in knownVersions[id] == version ? nil : id }
            var fetched: [(String, String)] = []
            if !wanted.isEmpty {
                fetched = try await connection.pairs("""
                    SELECT e.id, COALESCE(p.document, e.document)::text
                    FROM attend.employees e LEFT JOIN attend.employee_private p ON p.id = e.id WHERE e.id = ANY(\(wanted))
                    """, String.self, String.self, logger: logger)
            }
            return (organisation, listed, fetched)
        }
        let organisation = try organisationJSON.map { json throws(StoreError) in
            try StoreDocuments.decodeOrganisation(Data(json.utf8), file: "the organisation row")
        } ?? previous.organisation
        var kept: [String: EmployeeDocument] = [:]
        kept.reserveCapacity(previous.employees.count)
        for employee in previous.employees { kept[employee.id] = employee }
        var fresh: [String: EmployeeDocument] = [:]
        var problems: [StoreProblem] = []
        for (id, json) in fetched {
            do throws(StoreError) {
                fresh[id] = try Self.employee(from: json, id: id)
            } catch {
                problems.append(StoreProblem(file: "employee \(id)", problem: "\(error)"))
            }
        }
        var documents: [EmployeeDocument] = []
        var versions: [String: String] = [:]
        documents.reserveCapacity(listed.count)
        versions.reserveCapacity(listed.count)
        for (id, version) in listed {
            if let document = fresh[id] ?? (knownVersions[id] == version ? kept[id] : nil) {
                documents.append(document)
                versions[id] = version
            }
        }
        return StoreSnapshot(organisation: organisation, employees: documents, problems: problems, versions: versions)
    }

    /// An employee's stored document, checked to be the row's own.
    static func employee(from json: String, id: String) throws(StoreError) -> EmployeeDocument {
        let document = try StoreDocuments.decodeEmployee(Data(json.utf8), file: "employee \(id)")
        guard document.id == id else {
            throw .damaged(file: "employee \(id)", problem: "its document's id '\(document.id)' does not match the row")
        }
        return document
    }
}

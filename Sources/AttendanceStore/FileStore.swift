import AttendanceRules
import Foundation

/// attend's embedded database: a folder of JSON documents.
///
/// Layout: `organisation.json`, `employees/<id>.json` (one document per employee),
/// `audit.jsonl` (append-only), `.lock`. Documents are written with sorted keys and
/// indentation so a diff shows exactly what changed, atomically (see `DurableFile`), with
/// files 0600 and folders 0700. Every save checks the document's revision under an exclusive
/// lock, so two processes never silently overwrite each other.
public struct FileStore: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// The store folder: `--store`, else `$ATTEND_STORE`, else `$XDG_DATA_HOME/attend`
    /// (default `~/.local/share/attend`).
    public static func location(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["ATTEND_STORE"], !env.isEmpty { return env }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return "\(xdg)/attend" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return "\(home)/.local/share/attend"
    }

    var organisationPath: String { "\(root)/organisation.json" }
    var employeesPath: String { "\(root)/employees" }
    var auditPath: String { "\(root)/audit.jsonl" }
    var lockPath: String { "\(root)/.lock" }

    /// The path of an employee's document.
    public func employeePath(_ id: String) -> String { "\(employeesPath)/\(id).json" }

    /// Whether a store exists here.
    public var exists: Bool { FileManager.default.fileExists(atPath: organisationPath) }

    /// Creates a new store with these settings; refuses if one exists.
    public func create(_ organisation: OrganisationDocument, employees: [EmployeeDocument] = [], actor: String, now: Date = Date()) throws(StoreError) {
        guard !exists else { throw .alreadyExists(path: root) }
        try DurableFile.makeDirectory(root)
        try DurableFile.makeDirectory(employeesPath)
        try DurableFile.withLock(lockPath) { () throws(StoreError) in
            guard !exists else { throw .alreadyExists(path: root) }
            for employee in employees {
                var doc = employee
                doc.revision = 1
                try DurableFile.write(try Self.encode(doc), to: employeePath(doc.id))
            }
            var org = organisation
            org.revision = 1
            // organisation.json last: until it exists the folder is not a store.
            try DurableFile.write(try Self.encode(org), to: organisationPath)
            try appendAudit(AuditEntry(at: Self.timestamp(now), actor: actor, action: "init",
                                       target: "organisation", summary: "created the store with \(employees.count) employees"))
        }
    }

    /// Loads the store. A damaged employee file is reported in `problems` and the rest loads;
    /// a damaged or newer organisation file refuses the whole store.
    public func load() throws(StoreError) -> StoreSnapshot {
        guard exists else { throw .notFound(path: root) }
        let organisation = try Self.decodeOrganisation(try read(organisationPath), file: "organisation.json")
        var employees: [EmployeeDocument] = []
        var problems: [StoreProblem] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: employeesPath)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        for name in names {
            let file = "employees/\(name)"
            do {
                let doc = try Self.decodeEmployee(try read("\(employeesPath)/\(name)"), file: file)
                if "\(doc.id).json" != name {
                    problems.append(StoreProblem(file: file, problem: "its id '\(doc.id)' does not match the file name; expected \(doc.id).json"))
                    continue
                }
                employees.append(doc)
            } catch {
                problems.append(StoreProblem(file: file, problem: Self.problemText(error)))
            }
        }
        return StoreSnapshot(organisation: organisation, employees: employees, problems: problems)
    }

    /// Loads one employee document.
    public func loadEmployee(_ id: String) throws(StoreError) -> EmployeeDocument {
        let path = employeePath(id)
        guard FileManager.default.fileExists(atPath: path) else { throw .invalid("no employee '\(id)' in the store; `attend employee list` shows who there is") }
        return try Self.decodeEmployee(try read(path), file: "employees/\(id).json")
    }

    /// Saves an employee document read at `document.revision`; refuses if the file changed
    /// since (another process saved first). Returns the saved document (revision + 1).
    @discardableResult
    public func save(_ document: EmployeeDocument, actor: String, action: String, summary: String, now: Date = Date()) throws(StoreError) -> EmployeeDocument {
        try DurableFile.withLock(lockPath) { () throws(StoreError) -> EmployeeDocument in
            let path = employeePath(document.id)
            if FileManager.default.fileExists(atPath: path) {
                let current = try Self.revision(of: try read(path), file: "employees/\(document.id).json")
                guard current == document.revision else {
                    throw .conflict(file: "employees/\(document.id).json", expected: document.revision, found: current)
                }
            } else if document.revision != 0 {
                throw .conflict(file: "employees/\(document.id).json", expected: document.revision, found: 0)
            }
            var next = document
            next.revision = document.revision + 1
            next.schemaVersion = EmployeeDocument.currentSchemaVersion
            try DurableFile.write(try Self.encode(next), to: path)
            try appendAudit(AuditEntry(at: Self.timestamp(now), actor: actor, action: action, target: "employee \(document.id)", summary: summary))
            return next
        }
    }

    /// Saves the organisation document read at `document.revision`.
    @discardableResult
    public func save(_ document: OrganisationDocument, actor: String, action: String, summary: String, now: Date = Date()) throws(StoreError) -> OrganisationDocument {
        try DurableFile.withLock(lockPath) { () throws(StoreError) -> OrganisationDocument in
            let current = try Self.revision(of: try read(organisationPath), file: "organisation.json")
            guard current == document.revision else { throw .conflict(file: "organisation.json", expected: document.revision, found: current) }
            var next = document
            next.revision += 1
            next.schemaVersion = OrganisationDocument.currentSchemaVersion
            try DurableFile.write(try Self.encode(next), to: organisationPath)
            try appendAudit(AuditEntry(at: Self.timestamp(now), actor: actor, action: action, target: "organisation", summary: summary))
            return next
        }
    }

    /// The audit log, oldest first; unreadable lines (a torn final line after a crash) are skipped.
    public func auditLog() -> [AuditEntry] {
        guard let data = FileManager.default.contents(atPath: auditPath) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(AuditEntry.self, from: Data($0)) }
    }

    func appendAudit(_ entry: AuditEntry) throws(StoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let line = try? encoder.encode(entry) else { return }
        try DurableFile.append(line: line + Data("\n".utf8), to: auditPath)
    }

    func read(_ path: String) throws(StoreError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .damaged(file: path, problem: "cannot be read (permissions?)")
        }
        return data
    }

    // MARK: - Encoding

    /// Stable key order and indentation, so a diff shows exactly what changed.
    static func encode(_ value: some Encodable) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value) + Data("\n".utf8)
        } catch {
            throw .invalid("cannot encode a document: \(error)")
        }
    }

    struct Header: Decodable {
        let schemaVersion: Int?
        let revision: Int?
    }

    static func revision(of data: Data, file: String) throws(StoreError) -> Int {
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw .damaged(file: file, problem: "is not a JSON document")
        }
        return header.revision ?? 0
    }

    static func decodeOrganisation(_ data: Data, file: String) throws(StoreError) -> OrganisationDocument {
        let version = try schemaVersion(data, file: file, supported: OrganisationDocument.currentSchemaVersion)
        _ = version
        do {
            return try JSONDecoder().decode(OrganisationDocument.self, from: data)
        } catch let error as DecodingError {
            throw .damaged(file: file, problem: PolicyLoader.describe(error, file: file).description.replacingOccurrences(of: "\(file): ", with: ""))
        } catch {
            throw .damaged(file: file, problem: "\(error)")
        }
    }

    static func decodeEmployee(_ data: Data, file: String) throws(StoreError) -> EmployeeDocument {
        let version = try schemaVersion(data, file: file, supported: EmployeeDocument.currentSchemaVersion)
        let current = version < EmployeeDocument.currentSchemaVersion ? try StoreMigration.migrateEmployee(data, from: version, file: file) : data
        do {
            return try JSONDecoder().decode(EmployeeDocument.self, from: current)
        } catch let error as DecodingError {
            throw .damaged(file: file, problem: PolicyLoader.describe(error, file: file).description.replacingOccurrences(of: "\(file): ", with: ""))
        } catch {
            throw .damaged(file: file, problem: "\(error)")
        }
    }

    static func schemaVersion(_ data: Data, file: String, supported: Int) throws(StoreError) -> Int {
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw .damaged(file: file, problem: "is not a JSON document (it may have been edited by hand or truncated)")
        }
        guard let version = header.schemaVersion else { throw .damaged(file: file, problem: "field 'schemaVersion' is missing") }
        if version > supported { throw .newerSchema(file: file, found: version, supported: supported) }
        if version < 1 { throw .damaged(file: file, problem: "schemaVersion \(version) is not allowed; expected 1 to \(supported)") }
        return version
    }

    static func problemText(_ error: StoreError) -> String {
        switch error {
        case .damaged(_, let problem): problem
        default: error.description
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

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
        // Only in a missing or empty folder: never over a damaged store, into someone's files,
        // or through a link (issue 11).
        if let refusal = StorePlace.refusalToCreate(at: root) { throw .invalid(refusal) }
        for employee in employees { try Self.checkEmployeeId(employee.id) }
        // A missing folder is made 0700; an empty one given for the store becomes it and is
        // tightened to 0700 too (D-70). Nothing else is ever chmodded.
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
        let listing: [String]
        do {
            listing = try FileManager.default.contentsOfDirectory(atPath: employeesPath)
        } catch {
            listing = []
            problems.append(StoreProblem(file: "employees/", problem: "the employees folder cannot be read, so no employee was loaded (is it missing, or are its permissions wrong?)"))
        }
        // Temporary files of an interrupted write (`.<name>.<pid>.<n>.tmp`) are skipped.
        let names = listing.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        for outcome in loadEmployees(names) {
            switch outcome {
            case .loaded(let doc): employees.append(doc)
            case .problem(let problem): problems.append(problem)
            }
        }
        return StoreSnapshot(organisation: organisation, employees: employees, problems: problems)
    }

    /// Reads and decodes employee files (names in `employees/`), in the order given, spread
    /// over the processor's cores: decoding thousands of documents is the slow part of a load.
    func loadEmployees(_ names: [String]) -> [EmployeeLoad] {
        let employeesPath = employeesPath
        return ConcurrentMap.map(names, chunkSize: 32) { name in Self.loadEmployeeFile(name, in: employeesPath) }
    }

    /// One employee file, or the problem that stops it loading.
    static func loadEmployeeFile(_ name: String, in folder: String) -> EmployeeLoad {
        let file = "employees/\(name)"
        do throws(StoreError) {
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(name)") else {
                throw .damaged(file: file, problem: "cannot be read (permissions?)")
            }
            let doc = try decodeEmployee(data, file: file)
            guard "\(doc.id).json" == name else {
                return .problem(StoreProblem(file: file, problem: "its id '\(doc.id)' does not match the file name; expected \(doc.id).json"))
            }
            return .loaded(doc)
        } catch {
            return .problem(StoreProblem(file: file, problem: problemText(error)))
        }
    }

    /// Loads one employee document.
    public func loadEmployee(_ id: String) throws(StoreError) -> EmployeeDocument {
        let path = employeePath(id)
        guard Self.idProblem(id) == nil, FileManager.default.fileExists(atPath: path) else {
            throw .invalid("no employee '\(id)' in the store; `attend employee list` shows who there is")
        }
        let file = "employees/\(id).json"
        let doc = try Self.decodeEmployee(try read(path), file: file)
        guard doc.id == id else {
            throw .damaged(file: file, problem: "its id '\(doc.id)' does not match the file name; expected \(doc.id).json")
        }
        return doc
    }

    /// Saves an employee document read at `document.revision`; refuses if the file changed
    /// since (another process saved first). Returns the saved document (revision + 1).
    @discardableResult
    public func save(_ document: EmployeeDocument, actor: String, action: String, summary: String, now: Date = Date()) throws(StoreError) -> EmployeeDocument {
        try Self.checkEmployeeId(document.id)
        return try DurableFile.withLock(lockPath) { () throws(StoreError) -> EmployeeDocument in
            let path = employeePath(document.id)
            if FileManager.default.fileExists(atPath: path) {
                let current = try Self.revision(of: try read(path), file: "employees/\(document.id).json",
                                                supported: EmployeeDocument.currentSchemaVersion)
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
            // The summary is the caller's; a private note quoted in it is blanked out, so the
            // log never holds one (they stay in the employee file only).
            try appendAudit(AuditEntry(at: Self.timestamp(now), actor: actor, action: action, target: "employee \(document.id)",
                                       summary: Self.redacting(next.privateTexts, in: summary)))
            return next
        }
    }

    /// Saves the organisation document read at `document.revision`.
    @discardableResult
    public func save(_ document: OrganisationDocument, actor: String, action: String, summary: String, now: Date = Date()) throws(StoreError) -> OrganisationDocument {
        try DurableFile.withLock(lockPath) { () throws(StoreError) -> OrganisationDocument in
            let current = try Self.revision(of: try read(organisationPath), file: "organisation.json",
                                            supported: OrganisationDocument.currentSchemaVersion)
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

    /// The revision of the file on disk, for the conflict check. A file written by a newer
    /// attend is never overwritten (that would lose what this version cannot represent).
    static func revision(of data: Data, file: String, supported: Int) throws(StoreError) -> Int {
        let header = try header(data, file: file)
        if let version = header.schemaVersion, version > supported {
            throw .newerSchema(file: file, found: version, supported: supported)
        }
        return header.revision ?? 0
    }

    /// The `schemaVersion` and `revision` of a document, with a precise message when the
    /// document is not JSON or either field has the wrong type.
    static func header(_ data: Data, file: String) throws(StoreError) -> Header {
        do {
            return try JSONDecoder().decode(Header.self, from: data)
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            throw .damaged(file: file, problem: "field '\(context.codingPath[0].stringValue)' has the wrong type; expected a whole number")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw .damaged(file: file, problem: "field '\(context.codingPath[0].stringValue)' has the wrong type; expected a whole number")
        } catch DecodingError.typeMismatch {
            throw .damaged(file: file, problem: "is not a JSON object; expected { ... } with a 'schemaVersion'")
        } catch {
            throw .damaged(file: file, problem: "is not a JSON document (it may have been edited by hand or cut short)")
        }
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
        // The common case fast: a current document as this attend writes it (see
        // `EmployeeFastDecoder`). Anything else (older, newer, damaged, edited by hand) goes
        // through JSONDecoder, after the header for migration or a message.
        if let doc = EmployeeFastDecoder.decode(data), doc.schemaVersion == EmployeeDocument.currentSchemaVersion {
            #if DEBUG
            // The fast reader must agree with JSONDecoder (after any migration) on everything it accepts.
            let checked = try? decodeEmployeeSlowly(data, file: file)
            precondition(checked == doc, "\(file): EmployeeFastDecoder disagrees with JSONDecoder")
            #endif
            return doc
        }
        return try decodeEmployeeSlowly(data, file: file)
    }

    /// Any employee document: migrated from an older schema first, then `JSONDecoder`, whose
    /// errors name the field.
    static func decodeEmployeeSlowly(_ data: Data, file: String) throws(StoreError) -> EmployeeDocument {
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
        guard let version = try header(data, file: file).schemaVersion else { throw .damaged(file: file, problem: "field 'schemaVersion' is missing") }
        if version > supported { throw .newerSchema(file: file, found: version, supported: supported) }
        if version < 1 { throw .damaged(file: file, problem: "schemaVersion \(version) is not allowed; expected 1 to \(supported)") }
        return version
    }

    /// The problem without the file name (a `StoreProblem` carries that).
    static func problemText(_ error: StoreError) -> String {
        switch error {
        case .damaged(_, let problem): problem
        case .newerSchema(_, let found, let supported):
            "was written by a newer attend (schema version \(found)); this attend reads up to version \(supported), so it is not loaded. Upgrade attend; the file was not changed"
        default: error.description
        }
    }

    // MARK: - Ids and private text

    /// Why an employee id cannot name a file, or nil when it can: it must be non-empty, at
    /// most 128 bytes, not start with `.`, and hold no `/` or control character (an id like
    /// `../x` would otherwise write outside the store).
    static func idProblem(_ id: String) -> String? {
        if id.isEmpty { return "an employee id cannot be empty" }
        if id.utf8.count > 128 { return "employee id '\(id.prefix(20))...' is too long; at most 128 bytes" }
        if id.hasPrefix(".") { return "employee id '\(id)' cannot start with '.'" }
        if id.contains("/") || id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "employee id '\(id)' cannot contain '/' or control characters"
        }
        return nil
    }

    static func checkEmployeeId(_ id: String) throws(StoreError) {
        if let problem = idProblem(id) { throw .invalid("\(problem); nothing was written") }
    }

    /// `summary` with every private text (of four characters or more) replaced by `[private]`.
    static func redacting(_ texts: [String], in summary: String) -> String {
        var out = summary
        for text in Set(texts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }).sorted(by: { $0.count > $1.count })
        where text.count >= 4 {
            out = out.replacingOccurrences(of: text, with: "[private]")
        }
        return out
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

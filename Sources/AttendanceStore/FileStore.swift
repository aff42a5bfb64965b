#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttendanceRules
import Foundation

/// attend's embedded database: a folder of JSON documents.
///
/// Layout: `organisation.json`, `employees/<id>.json` (one document per employee), `.lock`,
/// and, in a store made by an older attend, `audit.jsonl` (its log, kept read-only). Every
/// document carries its own history, so a change and its record are one write. Documents are written with sorted keys and
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
        let at = Self.timestamp(now)
        try DurableFile.withLock(lockPath) { () throws(StoreError) in
            guard !exists else { throw .alreadyExists(path: root) }
            for employee in employees {
                var doc = employee
                doc.revision = 1
                doc.history = [ChangeRecord(revision: 1, at: at, actor: actor, action: "init",
                                            summary: "created with the store")]
                try DurableFile.write(try Self.encode(doc), to: employeePath(doc.id))
            }
            var org = organisation
            org.revision = 1
            org.history = [ChangeRecord(revision: 1, at: at, actor: actor, action: "init",
                                        summary: "created the store with \(employees.count) employees")]
            // organisation.json last: until it exists the folder is not a store.
            try DurableFile.write(try Self.encode(org), to: organisationPath)
        }
    }

    /// Loads the store. A damaged employee file is reported in `problems` and the rest loads;
    /// a damaged or newer organisation file refuses the whole store.
    public func load() throws(StoreError) -> StoreSnapshot { try load(after: nil) }

    /// After `previous`, an employee file that is the very file read then (the same inode,
    /// size and modification time: every save renames a new file into place) is not read
    /// again. The organisation file, small, always is.
    func load(after previous: StoreSnapshot?) throws(StoreError) -> StoreSnapshot {
        guard exists else { throw .notFound(path: root) }
        let organisation = try Self.decodeOrganisation(try read(organisationPath, file: "organisation.json"), file: "organisation.json")
        var employees: [EmployeeDocument] = []
        var problems: [StoreProblem] = []
        var listing: [String] = []
        switch FileKind.of(employeesPath) {
        case .directory:
            do {
                listing = try FileManager.default.contentsOfDirectory(atPath: employeesPath)
            } catch {
                problems.append(StoreProblem(file: "employees/", problem: "the employees folder cannot be read (permission denied?), so no employee was loaded"))
            }
        case .missing:
            problems.append(StoreProblem(file: "employees/", problem: "the employees folder is missing, so no employee was loaded"))
        case let kind:
            problems.append(StoreProblem(file: "employees/", problem: "is \(kind.description), not a folder, so no employee was loaded; attend never reads a store through a link"))
        }
        // Temporary files of an interrupted write (`.<name>.<pid>.<n>.tmp`) are skipped.
        let names = listing.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        let kept = previous.map { previous in
            Dictionary(previous.employees.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        } ?? [:]
        var versions: [String: String] = [:]
        let outcomes = ConcurrentMap.map(names, chunkSize: 64) { [employeesPath] name -> EmployeeLoad in
            // A reload keeps a document whose file is the very one read last time.
            let id = String(name.dropLast(5))
            if let previous, let version = previous.versions[id], let document = kept[id],
               StoreStamp.fileVersion("\(employeesPath)/\(name)") == version {
                return .loaded(document, version: version)
            }
            return Self.loadEmployeeFile(name, in: employeesPath)
        }
        for (name, outcome) in zip(names, outcomes) {
            switch outcome {
            case .loaded(let doc, let version):
                employees.append(doc)
                versions[String(name.dropLast(5))] = version
            case .problem(let problem): problems.append(problem)
            }
        }
        return StoreSnapshot(organisation: organisation, employees: employees, problems: problems,
                             notices: previous == nil ? secure() : [], versions: versions)
    }

    /// Tightens what this user owns in the store back to 0700 (folders) and 0600 (files), and
    /// says what it did and whose store it is. A store holds health data: a `chmod -R 777`, a
    /// copy with a loose umask or an unpacked backup must not stay readable by everyone. Links
    /// are never followed, and nothing owned by another user is touched.
    func secure() -> [String] {
        var notices: [String] = []
        let me = geteuid()
        var rootInfo = stat()
        guard lstat(root, &rootInfo) == 0 else { return [] }
        if rootInfo.st_uid != me {
            let owner = Self.userName(rootInfo.st_uid)
            notices.append(me == 0
                ? "the store at \(root) belongs to \(owner); running as root, attend gives every file it writes to \(owner) so they can still read it"
                : "the store at \(root) belongs to \(owner), not to you (\(Self.userName(me))); attend cannot tighten its permissions, and saves may be refused")
        }
        var tightened: [String] = []
        func tighten(_ path: String, folder: Bool) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_uid == me else { return }
            let kind = info.st_mode & S_IFMT
            guard kind == (folder ? S_IFDIR : S_IFREG), info.st_mode & 0o077 != 0 else { return }
            if chmod(path, folder ? 0o700 : 0o600) == 0 { tightened.append(String(path.dropFirst(root.count + 1))) }
        }
        tighten(root, folder: true)
        tightened = tightened.isEmpty ? [] : ["."]
        for folder in [root, employeesPath] {
            if folder != root { tighten(folder, folder: true) }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name != "employees" {
                tighten("\(folder)/\(name)", folder: false)
            }
        }
        if !tightened.isEmpty {
            let shown = tightened.prefix(3).joined(separator: ", ") + (tightened.count > 3 ? ", …" : "")
            notices.append("tightened permissions on \(tightened.count) item\(tightened.count == 1 ? "" : "s") in \(root) (\(shown)) "
                           + "that others could read or write: folders are 0700 and files 0600 again")
        }
        return notices
    }

    /// A user's name, or `uid N` when it has none.
    static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return "\(String(cString: name)) (uid \(uid))"
    }

    /// Reads and decodes employee files (names in `employees/`), in the order given, spread
    /// over the processor's cores: decoding thousands of documents is the slow part of a load.

    /// One employee file, or the problem that stops it loading.
    static func loadEmployeeFile(_ name: String, in folder: String) -> EmployeeLoad {
        let file = "employees/\(name)"
        let version = StoreStamp.fileVersion("\(folder)/\(name)")
        do throws(StoreError) {
            guard let data = try DurableFile.readFile("\(folder)/\(name)", file: file, limit: maximumDocumentBytes) else {
                throw .damaged(file: file, problem: "disappeared while the store was read (another attend may have changed it); load again")
            }
            let doc = try decodeEmployee(data, file: file)
            guard "\(doc.id).json" == name else {
                return .problem(StoreProblem(file: file, problem: "its id '\(doc.id)' does not match the file name; expected \(doc.id).json"))
            }
            return .loaded(doc, version: version)
        } catch {
            return .problem(StoreProblem(file: file, problem: problemText(error)))
        }
    }

    /// Loads one employee document.
    public func loadEmployee(_ id: String) throws(StoreError) -> EmployeeDocument {
        let path = employeePath(id)
        guard Self.idProblem(id) == nil, FileKind.of(path) != .missing else {
            throw .invalid("no employee '\(id)' in the store; `attend employee list` shows who there is")
        }
        let file = "employees/\(id).json"
        let doc = try Self.decodeEmployee(try read(path, file: file), file: file)
        guard doc.id == id else {
            throw .damaged(file: file, problem: "its id '\(doc.id)' does not match the file name; expected \(doc.id).json")
        }
        return doc
    }

    /// Saves an employee document read at `document.revision`; refuses if the file changed
    /// since (another process saved first). Returns the saved document (revision + 1).
    @discardableResult
    public func save(_ document: EmployeeDocument, actor: String, action: String, summary: String, reason: String? = nil,
                     now: Date = Date()) throws(StoreError) -> EmployeeDocument {
        try Self.checkEmployeeId(document.id)
        return try DurableFile.withLock(lockPath) { () throws(StoreError) -> EmployeeDocument in
            let path = employeePath(document.id)
            var previous: Data?
            if FileKind.of(path) != .missing {
                let bytes = try read(path, file: "employees/\(document.id).json")
                previous = bytes
                let current = try Self.revision(of: bytes, file: "employees/\(document.id).json",
                                                supported: EmployeeDocument.currentSchemaVersion)
                guard current == document.revision else {
                    throw .conflict(file: "employees/\(document.id).json", expected: document.revision, found: current)
                }
            } else if document.revision != 0 {
                throw .conflict(file: "employees/\(document.id).json", expected: document.revision, found: 0)
            }
            let next = try StoreDocuments.nextEmployee(document, previous: previous, actor: actor, action: action, summary: summary,
                                                       reason: reason, now: now)
            // One atomic write: the change and its record land together or not at all.
            try DurableFile.write(try Self.encode(next), to: path)
            return next
        }
    }

    /// Saves the organisation document read at `document.revision`.
    @discardableResult
    public func save(_ document: OrganisationDocument, actor: String, action: String, summary: String, reason: String? = nil,
                     now: Date = Date()) throws(StoreError) -> OrganisationDocument {
        try DurableFile.withLock(lockPath) { () throws(StoreError) -> OrganisationDocument in
            let current = try Self.revision(of: try read(organisationPath, file: "organisation.json"), file: "organisation.json",
                                            supported: OrganisationDocument.currentSchemaVersion)
            guard current == document.revision else { throw .conflict(file: "organisation.json", expected: document.revision, found: current) }
            let next = try StoreDocuments.nextOrganisation(document, actor: actor, action: action, summary: summary, reason: reason, now: now)
            try DurableFile.write(try Self.encode(next), to: organisationPath)
            return next
        }
    }

    /// Every recorded change in the store, oldest first: the lines of an older attend's
    /// `audit.jsonl` (unreadable ones, such as a line torn by a crash, skipped), then each
    /// document's own history, merged by time.
    public func auditLog(_ snapshot: StoreSnapshot? = nil) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        if let data = FileManager.default.contents(atPath: auditPath) {
            entries = data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(AuditEntry.self, from: Data($0)) }
        }
        guard let loaded = snapshot ?? (try? load()) else { return entries }
        var recorded = loaded.organisation.history.map {
            AuditEntry(at: $0.at, actor: $0.actor, action: $0.action, target: "organisation", summary: $0.summary, revision: $0.revision)
        }
        for employee in loaded.employees {
            recorded += employee.history.map {
                AuditEntry(at: $0.at, actor: $0.actor, action: $0.action, target: "employee \(employee.id)",
                           summary: $0.summary, revision: $0.revision)
            }
        }
        // By time (to the microsecond); ties keep document order, each in revision order.
        let ordered = recorded.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        return entries + ordered
    }

    /// A revision read from a file must be one a save can follow: 0 or more, below the largest
    /// whole number (checked on load, so `validate` reports it and no save traps).
    static func checkRevision(_ revision: Int, file: String) throws(StoreError) {
        guard revision >= 0, revision < Int.max else {
            throw .damaged(file: file, problem: "field 'revision' is \(revision), out of range; expected 0 to \(Int.max - 1)")
        }
    }

    /// The revision a save produces, refusing one that cannot be counted further (a file edited
    /// to the largest whole number would otherwise trap).
    static func nextRevision(after revision: Int, file: String) throws(StoreError) -> Int {
        let (next, overflow) = revision.addingReportingOverflow(1)
        guard !overflow, revision >= 0 else {
            throw .damaged(file: file, problem: "its revision \(revision) is out of range; expected 0 to \(Int.max - 1)")
        }
        return next
    }

    /// The largest document attend reads (16 MiB): a real employee's file, history and all,
    /// is well under 1 MiB, and anything bigger is damage or an attack, reported unparsed.
    public static let maximumDocumentBytes = 16 << 20

    func read(_ path: String, file: String) throws(StoreError) -> Data {
        guard let data = try DurableFile.readFile(path, file: file, limit: Self.maximumDocumentBytes) else {
            throw .damaged(file: file, problem: "is missing")
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

        enum CodingKeys: String, CodingKey { case schemaVersion, revision }

        /// A header field that is there but not a whole number attend can count with.
        struct BadNumber: Error { let field: String; let shown: String }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            schemaVersion = try Self.wholeNumber(container, .schemaVersion)
            revision = try Self.wholeNumber(container, .revision)
        }

        static func wholeNumber(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Int? {
            guard container.contains(key), !((try? container.decodeNil(forKey: key)) ?? false) else { return nil }
            if let value = try? container.decode(Int.self, forKey: key) { return value }
            if let value = try? container.decode(Double.self, forKey: key) { throw BadNumber(field: key.rawValue, shown: "\(value)") }
            throw BadNumber(field: key.rawValue, shown: "of the wrong type")
        }
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
        } catch let bad as Header.BadNumber {
            let shown = bad.shown == "of the wrong type" ? "has the wrong type" : "is \(bad.shown)"
            throw .damaged(file: file, problem: "field '\(bad.field)' \(shown); expected a whole number from 0 to \(Int.max - 1)")
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
        let current = version < OrganisationDocument.currentSchemaVersion
            ? try StoreMigration.migrateOrganisation(data, from: version, file: file) : data
        do {
            let document = try JSONDecoder().decode(OrganisationDocument.self, from: current)
            try checkRevision(document.revision, file: file)
            return document
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
            try checkRevision(doc.revision, file: file)
            return doc
        }
        let doc = try decodeEmployeeSlowly(data, file: file)
        try checkRevision(doc.revision, file: file)
        return doc
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
        // JSONDecoder takes the last of two equal keys silently; a file must say each thing once.
        if let key = JSONDuplicateKeys.first(in: data) {
            throw .damaged(file: file, problem: "key '\(TextRules.visible(String(key.prefix(80)), keepingLineBreaks: false))' appears twice in one object; "
                           + "each field may be given once (keep the right value and delete the other)")
        }
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

    /// UTC ISO 8601 to the microsecond (`2026-09-21T14:13:20.000000Z`), so the changes of one
    /// busy second still sort in the order they were made across documents.
    static func timestamp(_ date: Date) -> String {
        let micros = (date.timeIntervalSince1970 * 1_000_000).rounded(.down)
        guard micros.isFinite, abs(micros) < 1e17 else { return "1970-01-01T00:00:00.000000Z" }
        let total = Int(micros)
        let perDay = 86_400 * 1_000_000
        let days = total >= 0 ? total / perDay : (total - perDay + 1) / perDay
        let within = total - days * perDay
        let seconds = within / 1_000_000
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(CalendarDay(dayNumber: days).iso)T\(pad(seconds / 3600, 2)):\(pad(seconds % 3600 / 60, 2)):\(pad(seconds % 60, 2))"
            + ".\(pad(within % 1_000_000, 6))Z"
    }
}

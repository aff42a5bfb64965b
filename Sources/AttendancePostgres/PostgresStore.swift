import AttendanceRules
import AttendanceStore
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The shared store: attend's documents in a PostgreSQL database (docs/postgresql.md), with
/// the folder store's behaviour. Each save is one transaction: the revision check (`WHERE
/// revision = n`), the new document with its history entry, its audit row (with the
/// database role) and the change counter commit together or not at all. What a role may
/// read and change is decided by the database's row-level security, not by attend.
public final class PostgresStore: RecordStore {
    public let settings: PostgresSettings
    let session: PostgresSession
    private let listener = Mutex<ChangeListener?>(nil)
    /// The connection generation on which the schema was last found current.
    private let schemaChecked = Mutex<Int?>(nil)

    /// Rows fetched and decoded at a time by `load`: the JSON of one page is held at once,
    /// not the whole organisation's (HR's 50,000 documents are about 550 MB of text).
    let loadPageSize: Int

    public convenience init(settings: PostgresSettings) {
        self.init(settings: settings, loadPageSize: 1000)
    }

    /// With a page size of its own: the tests load a few people over several pages.
    init(settings: PostgresSettings, loadPageSize: Int) {
        self.settings = settings
        self.loadPageSize = max(1, loadPageSize)
        session = PostgresSession(settings: settings)
    }

    public convenience init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        self.init(settings: try PostgresSettings.parse(url, environment: environment))
    }

    public var location: String { settings.url }

    /// The store's schema version, or nil when the database has none.
    public func schemaVersion() throws(StoreError) -> Int? {
        try session.run("reading the schema version") { connection, logger in
            let found = try await connection.values("SELECT to_regclass('attend.meta') IS NOT NULL", Bool.self, logger: logger)
            guard found.first == true else { return nil as Int? }
            let rows = try await connection.values("SELECT value FROM attend.meta WHERE key = 'schema'", String.self, logger: logger)
            return rows.first.flatMap(Int.init)
        }
    }

    /// Refuses a database made by a newer attend, or one that needs `attend store migrate`.
    /// Asked once per connection (two round trips saved on every load and save); a new
    /// connection, after one is lost, asks again.
    func checkSchema() throws(StoreError) {
        if let generation = session.connectionGeneration, schemaChecked.withLock({ $0 }) == generation { return }
        if let problem = schemaProblem(try schemaVersion()) { throw problem }
        let generation = session.connectionGeneration
        schemaChecked.withLock { $0 = generation }
    }

    /// The schema, asked inside a save's own transaction: a store migrated while this process
    /// had it open is never written in the old layout (reads rely on `checkSchema`).
    func requireCurrentSchema(_ connection: PostgresConnection, logger: Logger) async throws {
        let version = try await connection.values("SELECT value FROM attend.meta WHERE key = 'schema'", String.self, logger: logger).first
        if let problem = schemaProblem(version.flatMap(Int.init)) { throw problem }
    }

    /// Why this attend may not use a database with this schema version (nil: it may).
    func schemaProblem(_ version: Int?) -> StoreError? {
        guard let version else { return .notFound(path: settings.url) }
        if version > PostgresSchema.current {
            return .newerSchema(file: "the database at \(settings.server)", found: version, supported: PostgresSchema.current)
        }
        if version < PostgresSchema.current {
            return .invalid("the database at \(settings.server) has attend schema \(version); this attend needs \(PostgresSchema.current): run `attend store migrate --store \(settings.url)` (as its owner); nothing was changed")
        }
        return nil
    }

    public func storeExists() throws(StoreError) -> Bool {
        guard try schemaVersion() != nil else { return false }
        return try session.run("looking for the organisation") { connection, logger in
            try await connection.values("SELECT count(*)::int FROM attend.organisation", Int.self, logger: logger).first ?? 0
        } > 0
    }

    /// Applies the migrations the database lacks, each in its own transaction; returns the
    /// versions applied. An empty database gets the whole schema.
    @discardableResult
    public func migrate() throws(StoreError) -> [Int] { try migrate(through: PostgresSchema.current) }

    /// The migrations up to `target` (the tests make an older store this way to migrate it).
    func migrate(through target: Int) throws(StoreError) -> [Int] {
        let from = try schemaVersion() ?? 0
        if from > PostgresSchema.current {
            throw .newerSchema(file: "the database at \(settings.server)", found: from, supported: PostgresSchema.current)
        }
        var applied: [Int] = []
        for version in (from + 1)..<(max(from, min(target, PostgresSchema.current)) + 1) {
            let statements = Self.statements(PostgresSchema.migrations[version - 1])
            try session.transaction("applying attend schema \(version)") { connection, logger in
                for statement in statements { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
                try await connection.query("UPDATE attend.meta SET value = \(String(version)) WHERE key = 'schema'", logger: logger)
            }
            applied.append(version)
        }
        return applied
    }

    /// A migration's statements, split where a line ends with `;` (function bodies keep theirs
    /// inside `$$ … $$` on one line).
    static func statements(_ sql: String) -> [String] {
        sql.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
            .filter { statement in !statement.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") } }
    }

    public func create(_ organisation: OrganisationDocument, employees: [EmployeeDocument], actor: String, now: Date) throws(StoreError) {
        if try schemaVersion() == nil { try migrate() } else { try checkSchema() }
        if try storeExists() { throw .alreadyExists(path: settings.url) }
        var org = organisation
        org.revision = 1
        org.schemaVersion = OrganisationDocument.currentSchemaVersion
        org.history.append(ChangeRecord(revision: 1, at: StoreDocuments.timestamp(now), actor: actor, action: "store.create",
                                        summary: "created the store with \(employees.count) employee\(employees.count == 1 ? "" : "s")"))
        let orgBytes = try StoreDocuments.encode(org)
        var rows: [EmployeeRow] = []
        for employee in employees {
            try StoreDocuments.checkEmployeeId(employee.id)
            var doc = employee
            doc.revision = max(1, employee.revision)
            doc.schemaVersion = EmployeeDocument.currentSchemaVersion
            rows.append(try EmployeeRow(doc))
        }
        let organisationRow = (revision: org.revision, json: String(decoding: orgBytes, as: UTF8.self))
        let teams = org.teams.map { ($0.id, $0.managerId) }
        let finalRows = rows
        try session.transaction("creating the store") { connection, logger in
            try await connection.query("INSERT INTO attend.organisation (revision, document) VALUES (\(organisationRow.revision), \(organisationRow.json)::json)", logger: logger)
            for (id, manager) in teams {
                try await connection.query("INSERT INTO attend.teams (id, manager_id) VALUES (\(id), \(manager))", logger: logger)
            }
            for row in finalRows { try await row.insert(connection, logger: logger) }
            try await connection.query("""
                INSERT INTO attend.audit (actor, action, employee_id, summary, revision)
                VALUES (\(actor), 'store.create', NULL, \("created the store with \(finalRows.count) employees"), 1)
                """, logger: logger)
            try await connection.query("UPDATE attend.changes SET counter = counter + 1", logger: logger)
        }
    }

    /// The copy's documents as they are, in one transaction, with an audit row for every
    /// history entry they carry (so the audit log reads as the source's) and one for the copy.
    public func restore(_ organisation: OrganisationDocument, employees: [EmployeeDocument], actor: String, now: Date) throws(StoreError) {
        if try schemaVersion() == nil { try migrate() } else { try checkSchema() }
        if try storeExists() { throw .alreadyExists(path: settings.url) }
        var rows: [EmployeeRow] = []
        for employee in employees {
            try StoreDocuments.checkEmployeeId(employee.id)
            rows.append(try EmployeeRow(employee))
        }
        let orgJSON = String(decoding: try StoreDocuments.encode(organisation), as: UTF8.self)
        let revision = organisation.revision
        let teams = organisation.teams.map { ($0.id, $0.managerId) }
        typealias Entry = (at: String, actor: String, action: String, employee: String?, summary: String, revision: Int)
        var entries: [Entry] = organisation.history.map { ($0.at, $0.actor, $0.action, nil, $0.summary, $0.revision) }
        for employee in employees {
            entries += employee.history.map { ($0.at, $0.actor, $0.action, employee.id, $0.summary, $0.revision) }
        }
        entries.sort { $0.at < $1.at }
        let audit = entries
        let finalRows = rows
        let copied = "copied the store here with \(employees.count) employees"
        try session.transaction("copying the store") { connection, logger in
            try await connection.query("INSERT INTO attend.organisation (revision, document) VALUES (\(revision), \(orgJSON)::json)", logger: logger)
            for (id, manager) in teams {
                try await connection.query("INSERT INTO attend.teams (id, manager_id) VALUES (\(id), \(manager))", logger: logger)
            }
            for row in finalRows { try await row.insert(connection, logger: logger) }
            for entry in audit {
                try await connection.query("""
                    INSERT INTO attend.audit (at, actor, action, employee_id, summary, revision)
                    VALUES (\(entry.at)::timestamptz, \(entry.actor), \(entry.action), \(entry.employee), \(entry.summary), \(entry.revision))
                    """, logger: logger)
            }
            try await connection.query("""
                INSERT INTO attend.audit (actor, action, employee_id, summary, revision) VALUES (\(actor), 'store.copy', NULL, \(copied), \(revision))
                """, logger: logger)
            try await connection.query("UPDATE attend.changes SET counter = counter + 1", logger: logger)
        }
    }

    /// Everyone the role may see, a page at a time in id order (each page one statement, read
    /// from where the last ended), each page decoded on every core as the folder's files are.
    /// A save landing between two pages is in the documents it reached, or seen by the UI's
    /// next check of the change counter, which is read before the load.
    public func load() throws(StoreError) -> StoreSnapshot {
        try checkSchema()
        let orgJSON = try session.run("loading the store") { connection, logger in
            try await connection.values("SELECT document::text FROM attend.organisation", String.self, logger: logger).first
        }
        guard let orgJSON else { throw .notFound(path: settings.url) }
        let organisation = try StoreDocuments.decodeOrganisation(Data(orgJSON.utf8), file: "the organisation row")
        var documents: [EmployeeDocument] = []
        var versions: [String: String] = [:]
        var problems: [StoreProblem] = []
        var after = ""
        while true {
            let from = after, limit = loadPageSize
            let page = try session.run("loading the store") { connection, logger in
                // Each row's version (its two rows' xmin, which any update moves) for `reload`.
                let query: PostgresQuery = """
                    SELECT e.id, e.xmin::text || '/' || COALESCE(p.xmin::text, '-'), COALESCE(p.document, e.document)::text
                    FROM attend.employees e LEFT JOIN attend.employee_private p ON p.id = e.id
                    WHERE e.id > \(from) ORDER BY e.id LIMIT \(limit)
                    """
                var rows: [(String, String, String)] = []
                for try await row in try await connection.query(query, logger: logger).decode((String, String, String).self) { rows.append(row) }
                return rows
            }
            let decoded = ConcurrentMap.map(page, chunkSize: 32) { id, _, json in
                Result { () throws(StoreError) in try Self.employee(from: json, id: id) }
            }
            for ((id, version, _), result) in zip(page, decoded) {
                switch result {
                case .success(let document):
                    documents.append(document)
                    versions[id] = version
                case .failure(let error):
                    problems.append(StoreProblem(file: "employee \(id)", problem: "\(error)"))
                }
            }
            guard page.count == limit, let last = page.last?.0 else { break }
            after = last
        }
        return StoreSnapshot(organisation: organisation, employees: documents, problems: problems, versions: versions)
    }

    public func loadEmployee(_ id: String) throws(StoreError) -> EmployeeDocument {
        try checkSchema()
        let found = try session.run("loading employee \(id)") { connection, logger in
            try await connection.values("""
                SELECT COALESCE(p.document, e.document)::text
                FROM attend.employees e LEFT JOIN attend.employee_private p ON p.id = e.id WHERE e.id = \(id)
                """, String.self, logger: logger).first
        }
        guard let found else {
            throw .invalid("no employee '\(id)' in the store (or not one the role \(settings.user) may see); `attend employee list` shows who there is")
        }
        return try StoreDocuments.decodeEmployee(Data(found.utf8), file: "employee \(id)")
    }

    @discardableResult
    public func save(_ document: EmployeeDocument, actor: String, action: String, summary: String, reason: String?,
                     now: Date) throws(StoreError) -> EmployeeDocument {
        try StoreDocuments.checkEmployeeId(document.id)
        let id = document.id
        let file = "employee \(id)"
        let saved: EmployeeDocument = try session.transaction("saving employee \(id)") { connection, logger in
            // The row as stored now, locked until the commit so no one saves in between, with
            // the schema version asked in the same statement (a new person's save asks apart).
            let query: PostgresQuery = """
                SELECT e.revision, COALESCE(p.document, e.document)::text, (SELECT value FROM attend.meta WHERE key = 'schema')
                FROM attend.employees e LEFT JOIN attend.employee_private p ON p.id = e.id WHERE e.id = \(id) FOR UPDATE OF e
                """
            var current: (revision: Int, json: String)?
            for try await (revision, json, schema) in try await connection.query(query, logger: logger).decode((Int, String, String?).self) {
                if let problem = self.schemaProblem(schema.flatMap(Int.init)) { throw problem }
                current = (revision, json)
            }
            if current == nil { try await self.requireCurrentSchema(connection, logger: logger) }
            let found = current?.revision ?? 0
            guard found == document.revision else { throw StoreError.conflict(file: file, expected: document.revision, found: found) }
            let next = try StoreDocuments.nextEmployee(document, previous: current.map { Data($0.json.utf8) }, actor: actor, action: action,
                                                       summary: summary, reason: reason, now: now)
            let row = try EmployeeRow(next)
            let entry = next.history.last
            if current == nil {
                try await row.insert(connection, withPrivate: false, logger: logger)
            } else {
                let updated = try await connection.values("""
                    UPDATE attend.employees SET team_id = \(row.teamId), manager_id = \(row.managerId), revision = \(row.revision),
                        document = \(row.publicJSON)::json
                    WHERE id = \(row.id) AND revision = \(document.revision) RETURNING id
                    """, String.self, logger: logger)
                guard updated.count == 1 else { throw StoreError.conflict(file: file, expected: document.revision, found: found) }
            }
            // The whole document, the audit row, the change counter and the notification in one
            // statement (after the row's, so the private row's policy sees the row as saved).
            let landed = try await connection.values("""
                WITH whole AS (
                    INSERT INTO attend.employee_private (id, document) VALUES (\(row.id), \(row.fullJSON)::json)
                    ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document RETURNING 1),
                audit AS (
                    INSERT INTO attend.audit (actor, action, employee_id, summary, revision)
                    VALUES (\(actor), \(action), \(id), \(entry?.summary ?? summary), \(next.revision)) RETURNING 1),
                counted AS (UPDATE attend.changes SET counter = counter + 1 RETURNING counter)
                SELECT counted.counter FROM counted, audit, whole, LATERAL pg_notify('attend_changes', counted.counter::text)
                """, Int.self, logger: logger)
            guard landed.count == 1 else { throw StoreError.invalid("the save of employee \(id) did not complete at \(self.settings.server); nothing was changed") }
            return next
        }
        return saved
    }

    @discardableResult
    public func save(_ document: OrganisationDocument, actor: String, action: String, summary: String, reason: String?,
                     now: Date) throws(StoreError) -> OrganisationDocument {
        try checkSchema()
        let next = try StoreDocuments.nextOrganisation(document, actor: actor, action: action, summary: summary, reason: reason, now: now)
        let json = String(decoding: try StoreDocuments.encode(next), as: UTF8.self)
        let teams = next.teams.map { ($0.id, $0.managerId) }
        try session.transaction("saving the organisation") { connection, logger in
            try await self.requireCurrentSchema(connection, logger: logger)
            let current = try await connection.values("SELECT revision FROM attend.organisation FOR UPDATE", Int.self, logger: logger).first ?? 0
            guard current == document.revision else {
                throw StoreError.conflict(file: "the organisation", expected: document.revision, found: current)
            }
            let updated = try await connection.values("""
                UPDATE attend.organisation SET revision = \(next.revision), document = \(json)::json WHERE revision = \(document.revision) RETURNING revision
                """, Int.self, logger: logger)
            // Row-level security hides the row from a role that may not change it.
            guard updated.count == 1 else {
                throw StoreError.invalid("the role \(self.settings.user) may not change the organisation at \(self.settings.server) (HR's roles may; `attend store grant --hr ROLE`); nothing was changed")
            }
            try await connection.query("DELETE FROM attend.teams", logger: logger)
            for (id, manager) in teams {
                try await connection.query("INSERT INTO attend.teams (id, manager_id) VALUES (\(id), \(manager))", logger: logger)
            }
            try await connection.query("""
                INSERT INTO attend.audit (actor, action, employee_id, summary, revision) VALUES (\(actor), \(action), NULL, \(summary), \(next.revision))
                """, logger: logger)
            try await connection.query("UPDATE attend.changes SET counter = counter + 1", logger: logger)
            try await connection.query("SELECT pg_notify('attend_changes', counter::text) FROM attend.changes", logger: logger)
        }
        return next
    }

    public func auditLog(_ snapshot: StoreSnapshot?) -> [AuditEntry] {
        let rows = (try? session.run("reading the audit log") { connection, logger -> [AuditEntry] in
            var out: [AuditEntry] = []
            let query: PostgresQuery = """
                SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), actor, db_role::text, action,
                       COALESCE(employee_id, 'organisation'), summary, revision FROM attend.audit ORDER BY seq
                """
            let found = try await connection.query(query, logger: logger)
            for try await (at, actor, role, action, target, summary, revision) in found.decode((String, String, String, String, String, String, Int).self) {
                let who = role == actor ? actor : "\(actor) (as \(role))"
                out.append(AuditEntry(at: at, actor: who, action: action, target: target == "organisation" ? target : "employee \(target)",
                                      summary: summary, revision: revision))
            }
            return out
        }) ?? []
        return rows
    }

    public func erase(employee id: String, actor: String, detail: String, now: Date) throws(StoreError) -> OrganisationDocument {
        try StoreDocuments.checkEmployeeId(id)
        let snapshot = try load()
        var organisation = snapshot.organisation
        let summary = "\(FileStore.erasureSummary(id)) \(detail)"
        organisation = try StoreDocuments.nextOrganisation(organisation, actor: actor, action: "employee.erase", summary: summary, reason: nil, now: now)
        let json = String(decoding: try StoreDocuments.encode(organisation), as: UTF8.self)
        let previous = snapshot.organisation.revision
        let revision = organisation.revision
        try session.transaction("erasing employee \(id)") { connection, logger in
            try await self.requireCurrentSchema(connection, logger: logger)
            let deleted = try await connection.values("DELETE FROM attend.employees WHERE id = \(id) RETURNING id", String.self, logger: logger)
            guard deleted.count == 1 else {
                throw StoreError.invalid("no employee '\(id)' that the role \(self.settings.user) may erase (HR's roles may); nothing was changed")
            }
            let updated = try await connection.values("""
                UPDATE attend.organisation SET revision = \(revision), document = \(json)::json WHERE revision = \(previous) RETURNING revision
                """, Int.self, logger: logger)
            guard updated.count == 1 else { throw StoreError.conflict(file: "the organisation", expected: previous, found: previous + 1) }
            try await connection.query("""
                INSERT INTO attend.audit (actor, action, employee_id, summary, revision) VALUES (\(actor), 'employee.erase', NULL, \(summary), \(revision))
                """, logger: logger)
            try await connection.query("UPDATE attend.changes SET counter = counter + 1", logger: logger)
            try await connection.query("SELECT pg_notify('attend_changes', counter::text) FROM attend.changes", logger: logger)
        }
        return organisation
    }

    /// The store's change counter: heard from the server as saves commit (LISTEN,
    /// `ChangeListener`), or read when the listener is not up (starting, or reconnecting).
    public func changeStamp() -> StoreStamp {
        if let live = changeListener()?.counter() { return StoreStamp(parts: [live]) }
        let counter = try? session.run("reading the change counter") { connection, logger in
            try await connection.values(ChangeListener.counterQuery, Int.self, logger: logger).first ?? 0
        }
        return StoreStamp(parts: [counter ?? -1])
    }

    private func changeListener() -> ChangeListener? {
        listener.withLock { listener in
            if listener == nil, let configuration = try? session.configuration() {
                listener = ChangeListener(configuration: configuration, logger: session.logger)
            }
            return listener
        }
    }
}

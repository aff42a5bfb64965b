import AttendancePostgres
import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// Options shared by every command that works on the store.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store: a folder, or a PostgreSQL database as postgresql://user@host/db (password from ~/.pgpass or $PGPASSWORD, never here). Default: $ATTEND_STORE, else $XDG_DATA_HOME/attend, else ~/.local/share/attend.", valueName: "dir|url"))
    var store: String?

    @Option(help: ArgumentHelp("Use this date as today (YYYY-MM-DD), for reproducible reports and demos.", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("Who is making the change, for the audit log (default: $USER; on a database, the role connected as).", valueName: "name"))
    var actor: String?

    @OptionGroup var data: DataOptions

    /// The store folder, or the PostgreSQL URL.
    var location: String { FileStore.location(explicit: store, environment: ProcessInfo.processInfo.environment) }

    /// Whether the store is a PostgreSQL database rather than a folder.
    var isServer: Bool { PostgresSettings.isURL(location) }

    /// The store: the folder, or the database the URL names (one connection per process).
    func recordStore() throws -> any RecordStore { try Self.open(location) }

    /// The store at a location: a PostgreSQL URL, else a folder.
    static func open(_ location: String) throws -> any RecordStore {
        PostgresSettings.isURL(location) ? try OpenStores.shared.server(location) : FileStore(root: location)
    }

    /// Where this store's local files go (letters' copies, invitations, unsaved forms): the
    /// store folder itself, or for a database a private folder of this machine's user,
    /// `$XDG_DATA_HOME/attend/servers/<user@host:port_db>` (0700), made on first use.
    var localFolder: String {
        guard isServer else { return location }
        let environment = ProcessInfo.processInfo.environment
        let server = (try? PostgresSettings.parse(location, environment: environment))?.server ?? location
        let safe = String(server.map { $0.isLetter || $0.isNumber || "@.:-_".contains($0) ? $0 : "_" }.prefix(120))
        let base = FileStore.location(explicit: nil, environment: environment.filter { $0.key != "ATTEND_STORE" })
        let folder = "\(base)/servers/\(safe)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return folder
    }

    /// Whether a store has been created at the location (a database that cannot be reached is
    /// bad input, one line naming the server).
    func storeExists() throws -> Bool {
        do { return try recordStore().storeExists() } catch let error as BadInput { throw error } catch { throw BadInput("\(error)") }
    }

    /// Today, or `--today`.
    func day() throws -> CalendarDay {
        try today.map { try Parsing.day($0, option: "--today") } ?? Today.day()
    }

    /// The name written to the audit log: `--actor`, else on a database the role connected as
    /// (which the audit row records anyway), else `$USER`.
    var who: String {
        let environment = ProcessInfo.processInfo.environment
        if let actor { return actor }
        if isServer, let settings = try? PostgresSettings.parse(location, environment: environment) { return settings.user }
        return environment["USER"] ?? "unknown"
    }

    /// Loads the store; damaged files are reported on standard error and the rest is used.
    /// After `previous` (the UI's last load), a backend may read only what changed since.
    func load(reportProblems: Bool = true, after previous: StoreSnapshot? = nil) throws -> StoreContext {
        try Parsing.checkText(actor, option: "--actor", limit: TextRules.nameLimit)
        let snapshot: StoreSnapshot
        let store = try recordStore()
        if isServer, !(try storeExists()) {
            throw BadInput("no attend store in the database at \(location); create one with `attend init --store \(InitCommand.shellQuoted(location))` (or copy a folder there with `attend store copy`)")
        }
        if !isServer, !FileStore(root: location).exists {
            // No store yet: offer the demo (or `attend init`), unless the folder is a damaged
            // store or holds other files, where that advice would be wrong.
            let hint = "create an empty one with `attend init --store \(InitCommand.shellQuoted(location))` or the demo with `attend init --demo --store \(InitCommand.shellQuoted(location))`"
            throw BadInput(StorePlace.absence(at: location, createHint: hint) ?? "no attend store at \(location); \(hint)")
        }
        do {
            snapshot = try previous.map { previous throws(StoreError) in try store.reload(after: previous) } ?? store.load()
        } catch {
            throw BadInput("\(error)")
        }
        for notice in snapshot.notices { printError("attend: note: \(notice)") }
        if reportProblems {
            for problem in snapshot.problems {
                printError("attend: warning: \(problem) (this file is left out; run `attend validate`)")
            }
        }
        let policies = try data.policies()
        let holidays = try data.holidays()
        return StoreContext(store: store, snapshot: snapshot, policies: policies, holidays: holidays, today: try day(), actor: who,
                            localFolder: localFolder)
    }
}

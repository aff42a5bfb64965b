import AttendanceStore
import Foundation
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// One process's connection to the server, opened on first use and opened again after it is
/// lost. Nothing is logged: queries carry health data.
final class PostgresSession: Sendable {
    let settings: PostgresSettings
    let logger = Logger(label: "attend.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    private let state = Mutex(State())
    /// Held for the whole of each `run`, from whichever thread calls it.
    private let turn = DispatchSemaphore(value: 1)

    struct State: ~Copyable {
        var connection: PostgresConnection?
        /// Moves on with every new connection, so a fact learnt on one (the schema version
        /// checked) is asked again on the next.
        var generation = 0
        var nextToken = 0
        var waiting: [Int: (connection: ObjectIdentifier, fail: @Sendable () -> Void)] = [:]
    }

    init(settings: PostgresSettings) {
        self.settings = settings
    }

    /// The generation of the open connection, nil when none is open.
    var connectionGeneration: Int? {
        state.withLock { $0.connection == nil ? nil : $0.generation }
    }

    /// The driver's configuration: socket or TCP, TLS as `sslmode` asks.
    func configuration() throws(StoreError) -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let directory = settings.socketDirectory {
            configuration = .init(unixSocketPath: "\(directory)/.s.PGSQL.\(settings.port)", username: settings.user,
                                  password: settings.password, database: settings.database)
            if settings.sslMode == .require || settings.sslMode == .verifyCA || settings.sslMode == .verifyFull {
                throw .invalid("sslmode=\(settings.sslMode.rawValue) asks for TLS, which a Unix socket (\(directory)) does not use; connect by host name, or use sslmode=prefer")
            }
        } else {
            configuration = .init(host: settings.host ?? "localhost", port: settings.port, username: settings.user,
                                  password: settings.password, database: settings.database, tls: try tls())
        }
        configuration.options.connectTimeout = .seconds(Int64(settings.connectTimeoutSeconds))
        // A statement that hangs (a lock held by a stuck session) ends instead of the UI.
        // (Unless the URL's options set their own, for a test or an administrator's choice.)
        let ownTimeout = settings.options?.contains("statement_timeout") ?? false
        // No JIT compilation: attend's queries are short, and the planner's estimate for a
        // whole-table read under row-level security set it off for 270 ms of compiling to save
        // nothing (a manager's 15 people then took 310 ms instead of 30).
        let ownJIT = settings.options?.contains("jit") ?? false
        configuration.options.additionalStartupParameters = (ownTimeout ? [] : [("statement_timeout", "30000")]) + (ownJIT ? [] : [("jit", "off")])
            + [("application_name", "attend")] + (settings.options.map { [("options", $0)] } ?? [])
        return configuration
    }

    func tls() throws(StoreError) -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch settings.sslMode {
        case .disable:
            return .disable
        case .allow, .prefer, .require:
            // As libpq: these encrypt but do not check the certificate.
            tls.certificateVerification = .none
        case .verifyCA, .verifyFull:
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            let root = settings.sslRootCertificate ?? "\(home)/.postgresql/root.crt"
            guard FileManager.default.isReadableFile(atPath: root) else {
                throw .invalid("sslmode=\(settings.sslMode.rawValue) needs the server's root certificate: \(root) cannot be read; give it with sslrootcert= in the URL or PGSSLROOTCERT")
            }
            tls.trustRoots = .file(root)
            tls.certificateVerification = settings.sslMode == .verifyFull ? .fullVerification : .noHostnameVerification
        }
        let context: NIOSSLContext
        do { context = try NIOSSLContext(configuration: tls) } catch {
            throw .invalid("the TLS settings for \(settings.server) cannot be used: \(error)")
        }
        return settings.sslMode == .require || settings.sslMode == .verifyCA || settings.sslMode == .verifyFull
            ? .require(context) : .prefer(context)
    }

    /// Runs `body` on the open connection (connecting first); a connection that fails is
    /// dropped so the next call connects again. Errors become one clear line (`PostgresFailure`).
    /// A wait on a connection that closes ends at once (`ConnectionLost`), whatever the driver does.
    ///
    /// One call at a time: the process has one connection, and a transaction is several
    /// statements on it, so a second thread's statements (the UI's reload in the background
    /// while the user saves) wait until the first call is over rather than land inside it.
    func run<T: Sendable>(_ what: String, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws(StoreError) -> T {
        turn.wait()
        defer { turn.signal() }
        let configuration = try configuration()
        let logger = logger
        do {
            return try Blocking.run { [self] abandon in
                let connection = try await connected(configuration, abandon: abandon)
                let token = watch(connection) { abandon(ConnectionLost()) }
                defer { unwatch(token) }
                do {
                    return try await body(connection, logger)
                } catch {
                    if PostgresFailure.isConnectionLost(error) || connection.isClosed { drop(connection) }
                    throw error
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw PostgresFailure.storeError(error, settings: settings, doing: what)
        }
    }

    private func connected(_ configuration: PostgresConnection.Configuration,
                           abandon: @escaping @Sendable (any Error) -> Void) async throws -> PostgresConnection {
        if let existing = state.withLock({ $0.connection }) { return existing }
        let connection = try await ConnectAttempt.connect(configuration, seconds: settings.connectTimeoutSeconds, logger: logger, abandon: abandon)
        state.withLock { state in
            state.connection = connection
            state.generation += 1
        }
        let id = ObjectIdentifier(connection)
        connection.closeFuture.whenComplete { [weak self] _ in self?.closed(id) }
        return connection
    }

    /// Calls `fail` if `connection` closes before `unwatch`; at once if it has closed already.
    private func watch(_ connection: PostgresConnection, fail: @escaping @Sendable () -> Void) -> Int {
        let id = ObjectIdentifier(connection)
        let token = state.withLock { state -> Int in
            state.nextToken += 1
            state.waiting[state.nextToken] = (id, fail)
            return state.nextToken
        }
        if connection.isClosed { closed(id) }
        return token
    }

    private func unwatch(_ token: Int) {
        _ = state.withLock { $0.waiting.removeValue(forKey: token) }
    }

    /// The driver has closed a connection: forget it, and end every wait on it.
    private func closed(_ id: ObjectIdentifier) {
        let failed = state.withLock { state -> [@Sendable () -> Void] in
            if let current = state.connection, ObjectIdentifier(current) == id { state.connection = nil }
            let ended = state.waiting.filter { $0.value.connection == id }
            for key in ended.keys { state.waiting.removeValue(forKey: key) }
            return ended.values.map(\.fail)
        }
        for fail in failed { fail() }
    }

    /// Forgets a connection that failed and closes it without waiting: one already gone may never answer.
    private func drop(_ connection: PostgresConnection) {
        state.withLock { state in
            if state.connection === connection { state.connection = nil }
        }
        Task.detached(executorPreference: DriverExecutor.shared) { try? await connection.close() }
    }

    /// Runs `body` in a transaction: it commits whole or rolls back.
    /// `begin` may ask for another kind of transaction (a reload's read-only repeatable read).
    func transaction<T: Sendable>(_ what: String, begin: PostgresQuery = "BEGIN",
                                  _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws(StoreError) -> T {
        try run(what) { connection, logger in
            try await connection.query(begin, logger: logger)
            do {
                let value = try await body(connection, logger)
                try await connection.query("COMMIT", logger: logger)
                return value
            } catch {
                // A lost connection has rolled back already (the server ends its transaction),
                // and a query sent on it may never be answered.
                if !PostgresFailure.isConnectionLost(error) && !connection.isClosed { _ = try? await connection.query("ROLLBACK", logger: logger) }
                throw error
            }
        }
    }

    deinit { close() }

    /// Closes the connection (the driver requires it before the connection goes away); waits
    /// on the driver's future, so it is safe from any thread that is not an event loop's.
    func close() {
        guard let connection = state.withLock({ state -> PostgresConnection? in
            defer { state.connection = nil }
            return state.connection
        }) else { return }
        try? connection.close().wait()
    }
}

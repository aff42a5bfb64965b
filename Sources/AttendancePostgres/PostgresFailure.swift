import AttendanceStore
import NIOCore
import PostgresNIO

/// What went wrong talking to the server, as one line that names the server and what to
/// check. Nothing half-written: every change is one transaction.
enum PostgresFailure {
    /// Whether the connection is gone: closed under us, or ended by the server (SQLSTATE 57P0x,
    /// an administrator's or a crash's shutdown; 08xxx, a connection exception).
    static func isConnectionLost(_ error: any Error) -> Bool {
        if error is ConnectionLost { return true }
        guard let error = error as? PSQLError else { return false }
        if [.connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown].contains(error.code) { return true }
        let state = error.serverInfo?[.sqlState] ?? ""
        return state.hasPrefix("57P0") || state.hasPrefix("08")
    }

    static func storeError(_ error: any Error, settings: PostgresSettings, doing what: String) -> StoreError {
        let server = settings.server
        if error is ConnectionLost { return lost(settings: settings, doing: what) }
        if let error = error as? NoAnswer {
            return .invalid("PostgreSQL at \(server) did not answer within \(error.seconds) s (\(what)); check the host, the port and any firewall, and that it is a PostgreSQL server (connect_timeout= in the URL or PGCONNECT_TIMEOUT to wait longer); nothing was changed")
        }
        guard let error = error as? PSQLError else {
            return .invalid("PostgreSQL at \(server): \(what) failed: \(error); nothing was changed")
        }
        switch error.code {
        case .connectionError:
            let cause = error.underlying.map { "\($0)" } ?? "no connection"
            if cause.contains("timeout") || cause.contains("Timeout") {
                return .invalid("PostgreSQL at \(server) did not answer within \(settings.connectTimeoutSeconds) s (\(what)); check the host, the port and any firewall; nothing was changed")
            }
            return .invalid("cannot connect to PostgreSQL at \(server) (\(cause)); is the server running, and are the host and port (--store, PGHOST, PGPORT) right? Nothing was changed")
        case .sslUnsupported:
            return .invalid("PostgreSQL at \(server) does not offer TLS, and sslmode=\(settings.sslMode.rawValue) requires it; turn on ssl in the server's postgresql.conf or use sslmode=prefer; nothing was changed")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .invalid("the TLS connection to PostgreSQL at \(server) failed (\(error.underlying.map { "\($0)" } ?? "handshake")); check its certificate and sslrootcert; nothing was changed")
        case .authMechanismRequiresPassword:
            return .invalid("PostgreSQL at \(server) asks for a password and none was found: put it in ~/.pgpass (0600) or PGPASSWORD; nothing was changed")
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return lost(settings: settings, doing: what)
        case .server:
            return serverError(error, settings: settings, doing: what)
        default:
            return .invalid("PostgreSQL at \(server): \(what) failed (\(error.code)); nothing was changed")
        }
    }

    static func lost(settings: PostgresSettings, doing what: String) -> StoreError {
        .invalid("the connection to PostgreSQL at \(settings.server) was lost while \(what); a change is saved whole or not at all, so look before trying again (`attend employee show`); check that the server is running")
    }

    static func serverError(_ error: PSQLError, settings: PostgresSettings, doing what: String) -> StoreError {
        let server = settings.server
        let state = error.serverInfo?[.sqlState] ?? ""
        let message = error.serverInfo?[.message] ?? "an error"
        if state.hasPrefix("57P0") {
            return .invalid("PostgreSQL at \(server) ended the connection while \(what) (\(message)); a change is saved whole or not at all, so look before trying again (`attend employee show`); check that the server is running")
        }
        switch state {
        case "28P01", "28000":
            return .invalid("PostgreSQL at \(server) refused \(settings.user): \(message); check the password in ~/.pgpass or PGPASSWORD, and the server's pg_hba.conf; nothing was changed")
        case "3D000":
            return .invalid("PostgreSQL at \(server): \(message); create it (createdb \(settings.database)) or check the database in the URL; nothing was changed")
        case "42501":
            return .invalid("PostgreSQL at \(server): the role \(settings.user) may not do this (\(what): \(message)); HR grants access with `attend store grant`; nothing was changed")
        case "57014":
            return .invalid("PostgreSQL at \(server) stopped \(what) after the statement timeout (a lock held elsewhere?); nothing was changed")
        case "3F000", "42P01":
            return .invalid("the database at \(server) has no attend store; create one with `attend init --store \(settings.url)`")
        case let code where code.hasPrefix("08"):
            return .invalid("the connection to PostgreSQL at \(server) failed (\(message)); nothing was changed")
        default:
            return .invalid("PostgreSQL at \(server): \(what) failed: \(message) (SQLSTATE \(state)); nothing was changed")
        }
    }
}

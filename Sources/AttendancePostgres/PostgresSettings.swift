import AttendanceStore
import Foundation

/// Where and how to reach a PostgreSQL store, from a `postgresql://` URL and the usual
/// libpq environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE, PGSSLROOTCERT,
/// PGCONNECT_TIMEOUT, PGOPTIONS, PGPASSWORD, PGPASSFILE). The password comes from PGPASSWORD or the
/// password file (`~/.pgpass`), never from the URL: a command line is visible to everyone on
/// the machine.
public struct PostgresSettings: Sendable, Hashable {
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// A host name or address, or nil with `socketDirectory`.
    public var host: String?
    /// The folder of the server's Unix socket (a host beginning with `/`).
    public var socketDirectory: String?
    public var port: Int
    public var user: String
    public var database: String
    public var sslMode: SSLMode
    public var sslRootCertificate: String?
    public var connectTimeoutSeconds: Int
    /// libpq's `options`: server settings for the session, e.g. `-c role=hr_reader` to act as a
    /// role the login is a member of (the server checks the membership).
    public var options: String?
    var password: String?

    /// Whether `text` names a PostgreSQL store rather than a folder.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// The server as messages name it: `user@host:port/database`, never the password.
    public var server: String {
        let place = socketDirectory.map { "\($0) (socket, port \(port))" } ?? "\(host ?? "localhost"):\(port)"
        return "\(user)@\(place)/\(database)"
    }

    /// The URL without any password, for messages and `location`.
    public var url: String {
        var text = "postgresql://\(user)@\(host ?? "")\(host == nil ? "" : ":\(port)")/\(database)"
        var query: [String] = []
        if let socketDirectory { query += ["host=\(socketDirectory)", "port=\(port)"] }
        if sslMode != .prefer { query.append("sslmode=\(sslMode.rawValue)") }
        if let options { query.append("options=" + (options.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? options)) }
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        return text
    }

    public static func parse(_ text: String, environment: [String: String]) throws(StoreError) -> PostgresSettings {
        guard let schemeEnd = text.range(of: "://"), isURL(text) else {
            throw .invalid("\(text) is not a PostgreSQL URL; expected postgresql://[user@][host][:port]/database")
        }
        var rest = String(text[schemeEnd.upperBound...])
        var query: [String: String] = [:]
        if let mark = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: mark)...].split(separator: "&") where !pair.isEmpty {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let key = parts[0].removingPercentEncoding, let value = parts[1].removingPercentEncoding else {
                    throw .invalid("the PostgreSQL URL's parameter '\(pair)' is not key=value")
                }
                query[key] = value
            }
            rest = String(rest[..<mark])
        }
        let slash = rest.firstIndex(of: "/")
        let authority = String(slash.map { rest[..<$0] } ?? rest[...])
        let path = slash.map { String(rest[rest.index(after: $0)...]) } ?? ""
        var userPart: String?
        var hostPart = authority
        if let at = authority.lastIndex(of: "@") {
            userPart = String(authority[..<at])
            hostPart = String(authority[authority.index(after: at)...])
        }
        if query["password"] != nil || (userPart?.contains(":") ?? false) {
            throw .invalid("a password in the PostgreSQL URL is not accepted (everyone on the machine can read a command line): put it in ~/.pgpass (0600) or PGPASSWORD; nothing was changed")
        }
        var urlPort: String?
        if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") {
            urlPort = String(hostPart[hostPart.index(after: colon)...])
            hostPart = String(hostPart[..<colon])
        }
        if hostPart.hasPrefix("[") && hostPart.hasSuffix("]") { hostPart = String(hostPart.dropFirst().dropLast()) }
        let decodedHost = hostPart.removingPercentEncoding ?? hostPart
        let hostText = query["host"] ?? (decodedHost.isEmpty ? environment["PGHOST"] : decodedHost)
        let portText = query["port"] ?? urlPort.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw .invalid("the PostgreSQL port '\(portText)' is not a port number (1 to 65535)")
        }
        let osUser = environment["USER"] ?? environment["LOGNAME"] ?? "postgres"
        let user = query["user"] ?? userPart.flatMap { $0.isEmpty ? nil : ($0.removingPercentEncoding ?? $0) } ?? environment["PGUSER"] ?? osUser
        let databaseText = query["dbname"] ?? (path.isEmpty ? nil : (path.removingPercentEncoding ?? path)) ?? environment["PGDATABASE"] ?? user
        let modeText = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else {
            throw .invalid("sslmode '\(modeText)' is not allowed; expected one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let timeoutText = query["connect_timeout"] ?? environment["PGCONNECT_TIMEOUT"] ?? "10"
        guard let timeout = Int(timeoutText), (1...600).contains(timeout) else {
            throw .invalid("connect_timeout '\(timeoutText)' is not allowed; expected seconds from 1 to 600")
        }
        var settings = PostgresSettings(host: nil, socketDirectory: nil, port: port, user: user, database: databaseText,
                                        sslMode: mode, sslRootCertificate: query["sslrootcert"] ?? environment["PGSSLROOTCERT"],
                                        connectTimeoutSeconds: timeout, options: query["options"] ?? environment["PGOPTIONS"], password: nil)
        switch hostText {
        case .some(let h) where h.hasPrefix("/"): settings.socketDirectory = h
        case .some(let h) where !h.isEmpty: settings.host = h
        default: settings.socketDirectory = "/var/run/postgresql"
        }
        settings.password = environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 } ?? PasswordFile.lookup(settings, environment: environment)
        return settings
    }
}

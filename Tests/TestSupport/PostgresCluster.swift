import Foundation

/// A throwaway PostgreSQL server for the tests: `initdb` into a temporary folder, `pg_ctl`
/// on a private Unix socket (no TCP), stopped and removed by `stop()`. The server binaries
/// come from Debian's `postgresql` package (`/usr/lib/postgresql/<version>/bin`) or
/// `$ATTEND_PG_BIN`; when they are missing `start()` throws saying what to install, so the
/// tests fail and never skip. `initdb` refuses to run as root, so as root the cluster is made
/// and run as the `postgres` user through `runuser`.
public final class PostgresCluster: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let folder: String
    public let socketDirectory: String
    public let port: Int
    let binaries: String
    let runAs: String?
    /// With TLS: the server also listens on 127.0.0.1 with `ssl=on` and this self-signed
    /// certificate (for `localhost` and 127.0.0.1), the root a client verifies against.
    public let certificate: String?

    /// The socket file a client connects to.
    public var socketPath: String { "\(socketDirectory)/.s.PGSQL.\(port)" }
    /// A connection URL for attend (`postgresql://` with the socket as `host`).
    public func url(user: String = "postgres", database: String = "attend") -> String {
        "postgresql://\(user)@/\(database)?host=\(socketDirectory)&port=\(port)"
    }

    /// Finds the server's programs: `$ATTEND_PG_BIN`, else the newest Debian version.
    static func findBinaries() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let dir = environment["ATTEND_PG_BIN"], FileManager.default.isExecutableFile(atPath: "\(dir)/initdb") { return dir }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        throw Failure(description: "PostgreSQL's server programs (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or $ATTEND_PG_BIN: install Debian's package with `apt-get install postgresql` (the tests start their own server)")
    }

    /// A connection URL over TCP to 127.0.0.1 (for a cluster started with TLS).
    public func tcpURL(user: String = "postgres", database: String = "attend", query: String) -> String {
        "postgresql://\(user)@localhost:\(port)/\(database)?\(query)"
    }

    /// Makes and starts a new cluster. Each call is its own server on its own port; with
    /// `tls` it also listens on 127.0.0.1 with a new self-signed certificate (`openssl`).
    public static func start(tls: Bool = false) throws -> PostgresCluster {
        let binaries = try findBinaries()
        let runAs: String? = getuid() == 0 ? "postgres" : nil
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attend-pg-\(UUID().uuidString.prefix(8))").path
        let sockets = "\(folder)/run"
        try FileManager.default.createDirectory(atPath: sockets, withIntermediateDirectories: true)
        // A free-enough port number: the socket is private to the folder, so ports only
        // need to differ between clusters sharing /tmp's lock files.
        let port = 20_000 + Int.random(in: 0..<20_000)
        var certificate: String?
        if tls {
            let openssl = ["/usr/bin/openssl", "/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
            guard let openssl else { throw Failure(description: "openssl was not found: install Debian's package with `apt-get install openssl` (the TLS tests make their own certificate)") }
            try run(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                              "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                              "-keyout", "\(folder)/server.key", "-out", "\(folder)/server.crt"])
            chmod("\(folder)/server.key", 0o600)
            certificate = "\(folder)/server.crt"
        }
        if let runAs {
            try run("/bin/chown", ["-R", "\(runAs):\(runAs)", folder])
        }
        let cluster = PostgresCluster(folder: folder, socketDirectory: sockets, port: port, binaries: binaries, runAs: runAs, certificate: certificate)
        try cluster.pg("initdb", ["-D", "\(folder)/data", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        try cluster.startServer()
        try cluster.psql("CREATE DATABASE attend", database: "postgres")
        return cluster
    }

    init(folder: String, socketDirectory: String, port: Int, binaries: String, runAs: String?, certificate: String?) {
        self.certificate = certificate
        self.folder = folder
        self.socketDirectory = socketDirectory
        self.port = port
        self.binaries = binaries
        self.runAs = runAs
    }

    /// Starts the server (again, after `kill()` or `stop()` without removing); a TLS cluster
    /// started with `offeringTLS: false` listens on 127.0.0.1 with `ssl=off`.
    public func startServer(offeringTLS: Bool = true) throws {
        let network = certificate == nil ? "-c listen_addresses=''"
            : "-c listen_addresses=127.0.0.1 -c ssl=\(offeringTLS ? "on" : "off") -c ssl_cert_file=\(folder)/server.crt -c ssl_key_file=\(folder)/server.key"
        let options = "-k \(socketDirectory) -p \(port) \(network) -c fsync=on -c max_connections=60"
        try pg("pg_ctl", ["-D", "\(folder)/data", "-o", options, "-l", "\(folder)/server.log", "-w", "-t", "60", "start"])
    }

    /// Stops the server at once, as a crash would (`pg_ctl stop -m immediate`): no
    /// checkpoint, so the next start recovers from the write-ahead log.
    public func kill() throws {
        try pg("pg_ctl", ["-D", "\(folder)/data", "-m", "immediate", "-w", "stop"])
    }

    /// Makes `role` log in with a password (SCRAM) on the Unix socket, ahead of the trust
    /// rule every other role keeps, and has the server reread its rules.
    public func requirePassword(role: String, password: String) throws {
        try psql("ALTER ROLE \(role) PASSWORD '\(password)'")
        let rules = "\(folder)/data/pg_hba.conf"
        let old = try String(contentsOfFile: rules, encoding: .utf8)
        try ("local all \(role) scram-sha-256\n" + old).write(toFile: rules, atomically: false, encoding: .utf8)
        try psql("SELECT pg_reload_conf()")
    }

    /// Stops the server and removes its folder.
    public func stop() {
        _ = try? pg("pg_ctl", ["-D", "\(folder)/data", "-m", "fast", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs SQL with `psql` as `user` (default the superuser), returning its output
    /// (unaligned, tuples only); throws with psql's error text when it fails.
    @discardableResult
    public func psql(_ sql: String, user: String = "postgres", database: String = "attend") throws -> String {
        try pg("psql", ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", socketDirectory, "-p", String(port), "-U", user, "-d", database, "-c", sql])
    }

    @discardableResult
    func pg(_ program: String, _ arguments: [String]) throws -> String {
        let path = program == "psql" && !FileManager.default.isExecutableFile(atPath: "\(binaries)/psql") ? "/usr/bin/psql" : "\(binaries)/\(program)"
        if let runAs {
            return try Self.run("/usr/sbin/runuser", ["-u", runAs, "--", path] + arguments)
        }
        return try Self.run(path, arguments)
    }

    /// Runs a program and waits for it with `waitpid`, its output in files rather than pipes:
    /// `pg_ctl start` leaves the server running with the descriptors it inherited, and
    /// Foundation's `Process` can wait for ever on such a child.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("attend-pg-run-\(UUID().uuidString.prefix(8))").path
        let outPath = "\(outputs).out", errPath = "\(outputs).err"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        // Exited normally with status 0 (WIFEXITED && WEXITSTATUS == 0).
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed (status \(status)): \(errors)\(text)")
        }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}

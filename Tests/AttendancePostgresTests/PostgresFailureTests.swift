#if canImport(Glibc)
import Glibc
#endif
import AttendancePostgres
import AttendanceStore
import Foundation
import TestSupport
import Testing

/// A server killed mid-save, and each way a connection can fail, said in one line naming the
/// server with exit status 2 and nothing written; TLS as `sslmode` asks.
@Suite(.serialized) struct PostgresFailureTests {
    @Test func aServerKilledMidSaveComesBackWithTheOldOrTheNewStateNeverAMix() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let store = try PostgresStore(url: cluster.url())
        let (organisation, employees) = StoreBackend.demo()
        try store.create(organisation, employees: employees, actor: "hr", now: Date())
        let id = employees[0].id
        let start = try store.loadEmployee(id)
        let acknowledged = Acknowledged()
        let writer = Thread {
            // Saves as fast as it can until the server goes away; each save that returns is durable.
            guard var person = try? store.loadEmployee(id) else { return }
            for n in 1... {
                person.name = "save \(n)"
                guard let saved = try? store.save(person, actor: "writer", action: "employee.edit", summary: "save \(n)", reason: nil, now: Date()) else { break }
                person = saved
                acknowledged.set(saved.revision)
            }
            acknowledged.finish()
        }
        writer.start()
        while acknowledged.revision < start.revision + 20, !acknowledged.isFinished { usleep(5_000) }
        #expect(!acknowledged.isFinished, "the writer was saving when the server was killed")
        try cluster.kill()
        acknowledged.waitUntilFinished()
        try cluster.startServer()
        let after = try PostgresStore(url: cluster.url())
        let person = try after.loadEmployee(id)
        let last = acknowledged.revision
        #expect(person.revision == last || person.revision == last + 1, "every acknowledged save survives, at most the one in flight is added")
        #expect(person.name == "save \(person.revision - start.revision)", "the document is the one its revision says")
        #expect(person.history.last?.revision == person.revision, "the history entry came with the document")
        let audited = try cluster.psql("SELECT count(*) FROM attend.audit WHERE employee_id = '\(id)' AND actor = 'writer'")
        #expect(audited == String(person.revision - start.revision), "one audit row per save that landed, none for one that did not")
        #expect(try after.load().problems.isEmpty)
    }

    @Test func aServerThatIsDownIsOneLineNamingItWithExitTwo() throws {
        let cluster = try PostgresCluster.start()
        let url = cluster.url()
        cluster.stop()
        let run = try AttendBinary.run(["employee", "list", "--store", url])
        #expect(run.status == 2)
        #expect(run.err.split(separator: "\n").count == 1, "\(run.err)")
        #expect(run.err.contains(cluster.socketDirectory), "names the server: \(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test func aWrongDatabaseAPasswordAndAMissingGrantAreEachOneClearLine() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        #expect(try AttendBinary.run(["init", "--demo", "--store", cluster.url()]).status == 0)
        let noDatabase = try AttendBinary.run(["employee", "list", "--store", cluster.url(database: "nosuch")])
        #expect(noDatabase.status == 2 && noDatabase.err.split(separator: "\n").count == 1)
        #expect(noDatabase.err.contains("nosuch"), "\(noDatabase.err)")

        try cluster.psql("CREATE ROLE pw LOGIN; CREATE ROLE nobody LOGIN")
        try cluster.requirePassword(role: "pw", password: "right horse")
        let wrong = try AttendBinary.run(["employee", "list", "--store", cluster.url(user: "pw")], environment: ["PGPASSWORD": "wrong"])
        #expect(wrong.status == 2 && wrong.err.split(separator: "\n").count == 1)
        #expect(wrong.err.contains("password"), "\(wrong.err)")
        #expect(!wrong.err.contains("wrong"), "never echoes the password")
        let none = try AttendBinary.run(["employee", "list", "--store", cluster.url(user: "pw")], environment: ["PGPASSWORD": ""])
        #expect(none.status == 2 && none.err.contains("password"), "\(none.err)")

        let ungranted = try AttendBinary.run(["employee", "list", "--store", cluster.url(user: "nobody")])
        #expect(ungranted.status == 2 && ungranted.err.split(separator: "\n").count == 1)
        #expect(ungranted.err.contains("nobody") && ungranted.err.contains("attend store grant"), "\(ungranted.err)")
        let call = try AttendBinary.run(["sickness", "call", "--employee", "aisha-begum", "--store", cluster.url(user: "nobody")])
        #expect(call.status == 2)
        #expect(try cluster.psql("SELECT count(*) FROM attend.audit WHERE action = 'sickness.call' AND db_role = 'nobody'") == "0")
    }

    @Test func aPasswordFromPgpassIsUsedAndNeverTakenFromTheCommandLine() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        #expect(try AttendBinary.run(["init", "--store", cluster.url()]).status == 0)
        try cluster.psql("CREATE ROLE pw LOGIN")
        try cluster.requirePassword(role: "pw", password: "right horse")
        try PostgresStore(url: cluster.url()).grant(PostgresAccess(role: "pw", kind: .hr, managerId: nil))
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("attend-pgpass-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let passfile = "\(home)/pgpass"
        try "*:*:attend:pw:right horse\n".write(toFile: passfile, atomically: true, encoding: .utf8)
        chmod(passfile, 0o600)
        let run = try AttendBinary.run(["employee", "list", "--store", cluster.url(user: "pw")], environment: ["PGPASSFILE": passfile, "PGPASSWORD": ""])
        #expect(run.status == 0, "\(run.err)")
        let inURL = try AttendBinary.run(["employee", "list", "--store", "postgresql://pw:right%20horse@/attend?host=\(cluster.socketDirectory)&port=\(cluster.port)"])
        #expect(inURL.status == 2 && inURL.err.contains("password"), "a password in the URL is refused: \(inURL.err)")
        #expect(!inURL.err.contains("right"))
    }

    @Test func tlsIsUsedWhenAskedAndVerifiedAgainstTheRootCertificate() throws {
        let cluster = try PostgresCluster.start(tls: true)
        defer { cluster.stop() }
        let root = try #require(cluster.certificate)
        let required = try PostgresStore(url: cluster.tcpURL(query: "sslmode=require"))
        #expect(try required.storeExists() == false)
        #expect(try cluster.psql("SELECT count(*) FROM pg_stat_ssl WHERE ssl") != "0", "the connection is encrypted")
        let verified = try PostgresStore(url: cluster.tcpURL(query: "sslmode=verify-full&sslrootcert=\(root)"))
        #expect(try verified.storeExists() == false)
        // A certificate that does not match is refused, in one line naming the server.
        let other = try PostgresCluster.start(tls: true)
        defer { other.stop() }
        let mismatch = try AttendBinary.run(["employee", "list", "--store", cluster.tcpURL(query: "sslmode=verify-full&sslrootcert=\(other.certificate ?? "")")])
        #expect(mismatch.status == 2 && mismatch.err.split(separator: "\n").count == 1, "\(mismatch.err)")
        #expect(mismatch.err.contains("localhost:\(cluster.port)"), "\(mismatch.err)")
    }

    @Test func tlsRequiredButNotOfferedIsOneLine() throws {
        let cluster = try PostgresCluster.start(tls: true)
        defer { cluster.stop() }
        try cluster.kill()
        try cluster.startServer(offeringTLS: false)
        #expect(try cluster.psql("SHOW ssl") == "off")
        let run = try AttendBinary.run(["employee", "list", "--store", cluster.tcpURL(query: "sslmode=require")])
        #expect(run.status == 2 && run.err.split(separator: "\n").count == 1, "\(run.err)")
        #expect(run.err.contains("TLS") || run.err.contains("SSL"), "\(run.err)")
        #expect(run.err.contains("localhost:\(cluster.port)"), "\(run.err)")
    }

    /// A listening port that never answers: the kernel accepts the connection, nothing speaks.
    static func silentPort() throws -> (socket: Int32, port: Int) {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && listen(listener, 8) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        guard listener >= 0, bound else { throw StoreError.invalid("the test could not listen on 127.0.0.1") }
        return (listener, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test func aServerThatNeverAnswersIsGivenUpAfterTheConnectTimeout() throws {
        let silent = try Self.silentPort()
        defer { close(silent.socket) }
        for mode in ["disable", "prefer"] {
            let run = try AttendBinary.run(["employee", "list", "--store", "postgresql://nobody@127.0.0.1:\(silent.port)/attend?connect_timeout=1&sslmode=\(mode)"])
            #expect(run.status == 2 && run.err.split(separator: "\n").count == 1, "\(run.err)")
            #expect(run.err.contains("did not answer within 1 s") && run.err.contains("127.0.0.1:\(silent.port)"), "\(run.err)")
            #expect(run.out.isEmpty)
        }
    }

    @Test func aStatementHeldUpByALockEndsAtTheStatementTimeoutWithNothingWritten() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let local = FileManager.default.temporaryDirectory.appendingPathComponent("attend-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: local) }
        let environment = ["XDG_DATA_HOME": local.path]
        #expect(try AttendBinary.run(["init", "--demo", "--store", cluster.url()], environment: environment).status == 0)
        let audit = try cluster.psql("SELECT count(*) FROM attend.audit")
        // Another session holds the employees table for a few seconds.
        let holder = Thread { _ = try? cluster.psql("BEGIN; LOCK TABLE attend.employees IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(8); COMMIT") }
        holder.start()
        var locked = false
        for _ in 0..<100 where !locked {
            usleep(50_000)
            locked = (try? cluster.psql("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'employees' AND l.mode = 'AccessExclusiveLock' AND l.granted")) == "1"
        }
        #expect(locked, "the other session holds the lock")
        let run = try AttendBinary.run(["sickness", "call", "--employee", "aisha-begum", "--store", cluster.url()],
                                       environment: environment.merging(["PGOPTIONS": "-c statement_timeout=1000"]) { $1 })
        #expect(run.status == 2 && run.err.split(separator: "\n").count == 1, "\(run.err)")
        #expect(run.err.contains("statement timeout") && run.err.contains("nothing was changed"), "\(run.err)")
        while !holder.isFinished { usleep(50_000) }
        #expect(try cluster.psql("SELECT count(*) FROM attend.audit") == audit, "nothing was written")
    }
}

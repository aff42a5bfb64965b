import Foundation
import TestSupport
import Testing

/// `attend bench --server` measures the PostgreSQL store beside the folder in one run, and
/// leaves the server as it found it; a database that holds a store is refused untouched.
@Suite(.serialized) struct BenchServerTests {
    @Test func theServerIsMeasuredBesideTheFolderAndLeftAsItWas() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let run = try AttendBinary.run(["bench", "--employees", "60", "--years", "1", "--runs", "1", "--server", cluster.url()])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("PostgreSQL, the same organisation"), "\(run.out)")
        #expect(run.out.contains("a manager's start, their") && run.out.contains("as their own role"), "\(run.out)")
        #expect(run.out.contains("save a sickness call as the manager"), "\(run.out)")
        #expect(run.out.contains("HR's open UI catching up with that save"), "\(run.out)")
        #expect(try cluster.psql("SELECT count(*) FROM pg_namespace WHERE nspname = 'attend'") == "0", "the store it made is gone")
        #expect(try cluster.psql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'attend_bench%'") == "0", "and its roles")
    }

    @Test func aDatabaseHoldingAStoreIsRefusedAndUntouched() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let local = FileManager.default.temporaryDirectory.appendingPathComponent("attend-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: local) }
        #expect(try AttendBinary.run(["init", "--demo", "--store", cluster.url()], environment: ["XDG_DATA_HOME": local.path]).status == 0)
        let before = try cluster.psql("SELECT count(*) FROM attend.audit")
        let run = try AttendBinary.run(["bench", "--employees", "60", "--years", "1", "--runs", "1", "--server", cluster.url()])
        #expect(run.status == 2 && run.err.contains("already holds an attend store"), "\(run.err)")
        #expect(try cluster.psql("SELECT count(*) FROM attend.employees") == "35")
        #expect(try cluster.psql("SELECT count(*) FROM attend.audit") == before)
    }
}

import Foundation
import TestSupport
import Testing

/// `attend store copy` and `attend store migrate` as HR runs them: a folder to a server and
/// back, verified document by document; a destination with a store refused, nothing changed.
@Suite(.serialized) struct StoreCopyTests {
    static let today = "2026-11-20"

    static func digest(_ out: String) -> String? {
        out.split(separator: "\n").first { $0.hasPrefix("Verified:") }?.split(separator: " ").last.map(String.init)
    }

    @Test func aFolderCopiedToAServerAndBackIsTheSameStoreVerifiedAndADestinationWithAStoreIsRefused() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("attend-copy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("folder").path, back = work.appendingPathComponent("back").path
        let environment = ["XDG_DATA_HOME": work.appendingPathComponent("local").path]
        func attend(_ arguments: [String]) throws -> AttendBinary.Run { try AttendBinary.run(arguments, environment: environment) }

        #expect(try attend(["init", "--demo", "--store", folder, "--today", Self.today]).status == 0)
        let noted = try attend(["contact", "add", "--employee", "ruairidh-macaoidh", "--note", "words only the manager and HR may read",
                                "--store", folder, "--today", Self.today])
        #expect(noted.status == 0, "\(noted.err)")

        let up = try attend(["store", "copy", "--from", folder, "--to", cluster.url()])
        #expect(up.status == 0, "\(up.err)")
        #expect(up.out.contains("Verified: the same"), "\(up.out)")
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(folder)/employees").filter { $0.hasSuffix(".json") }
        #expect(try cluster.psql("SELECT count(*) FROM attend.employees") == String(files.count))
        #expect(try cluster.psql("SELECT count(*) FROM attend.employees WHERE document::text LIKE '%words only the manager%'") == "0",
                "private text is kept apart from the rows every reader of the team may see")
        #expect(try cluster.psql("SELECT count(*) FROM attend.employee_private WHERE document::text LIKE '%words only the manager%'") == "1")
        let history = try attend(["history", "--employee", "ruairidh-macaoidh", "--store", cluster.url()])
        #expect(history.status == 0 && history.out.contains("contact"), "the history came too: \(history.out) \(history.err)")

        // A second copy into the same database is refused and changes nothing.
        let audit = try cluster.psql("SELECT count(*) FROM attend.audit")
        let again = try attend(["store", "copy", "--from", folder, "--to", cluster.url()])
        #expect(again.status == 2)
        #expect(again.err.contains("already holds an attend store") && again.err.contains("nothing was copied"), "\(again.err)")
        #expect(try cluster.psql("SELECT count(*) FROM attend.audit") == audit)

        let down = try attend(["store", "copy", "--from", cluster.url(), "--to", back])
        #expect(down.status == 0, "\(down.err)")
        #expect(Self.digest(down.out) != nil && Self.digest(down.out) == Self.digest(up.out), "the same documents both ways: \(up.out) \(down.out)")
        let listed = try attend(["employee", "list", "--store", folder]).out
        let listedBack = try attend(["employee", "list", "--store", back]).out
        #expect(!listed.isEmpty && listed == listedBack)
        let onFolder = try attend(["history", "--employee", "ruairidh-macaoidh", "--store", folder]).out
        let onBack = try attend(["history", "--employee", "ruairidh-macaoidh", "--store", back]).out
        #expect(!onFolder.isEmpty && onFolder == onBack)

        // Into a folder that holds a store: refused, the folder untouched.
        let before = try String(contentsOfFile: "\(back)/organisation.json", encoding: .utf8)
        let over = try attend(["store", "copy", "--from", cluster.url(), "--to", back])
        #expect(over.status == 2 && over.err.contains("nothing was copied"), "\(over.err)")
        #expect(try String(contentsOfFile: "\(back)/organisation.json", encoding: .utf8) == before)
    }

    @Test func migrateOnAStoreAtTheCurrentSchemaHasNothingToDo() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let local = FileManager.default.temporaryDirectory.appendingPathComponent("attend-migrate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: local) }
        let environment = ["XDG_DATA_HOME": local.path]
        #expect(try AttendBinary.run(["init", "--demo", "--store", cluster.url(), "--today", Self.today], environment: environment).status == 0)
        let schema = try cluster.psql("SELECT value FROM attend.meta WHERE key = 'schema'")
        let run = try AttendBinary.run(["store", "migrate", "--store", cluster.url()], environment: environment)
        #expect(run.status == 0 && run.out.contains("nothing to do"), "\(run.out) \(run.err)")
        #expect(try cluster.psql("SELECT value FROM attend.meta WHERE key = 'schema'") == schema)
    }
}

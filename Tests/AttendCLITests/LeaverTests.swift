import Foundation
import Testing

/// Issue 12: leavers leave the rosters and triggers but keep their records; `purge` erases
/// them once the retention period has passed, recording each erasure without content; a
/// subject access export holds everything about one person, private notes included.
@Suite struct LeaverTests {
    static func store() throws -> String {
        let store = try StoreCommandTests.newStore()
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e1", "--name", "Siân Llŷr", "--start", "2019-04-01"]).status == 0)
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e2", "--name", "Ann Example"]).status == 0)
        #expect(try StoreCommandTests.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-09-07", "--to", "2026-09-08"]).status == 0)
        return store
    }

    @Test func aLeaverIsOffTheRosterAndTriggersFromTheDayAfterButKeepsTheirRecords() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let leave = try StoreCommandTests.attend(store, ["employee", "leave", "--employee", "e1", "--on", "2026-10-30"])
        #expect(leave.status == 0, "\(leave.err)")
        #expect(leave.out.contains("kept until 30/10/2032 (6 years after leaving)"))
        #expect(!(try StoreCommandTests.attend(store, ["employee", "list"])).out.contains("Siân"))
        #expect(try StoreCommandTests.attend(store, ["employee", "list", "--include-leavers"]).out.contains("left 30/10/2026"))
        #expect(!(try StoreCommandTests.attend(store, ["triggers"])).out.contains("Siân"))
        #expect(!(try StoreCommandTests.attend(store, ["triggers", "--week"])).out.contains("Siân"))
        // Before their last day they were still measured.
        #expect(try StoreCommandTests.attend(store, ["triggers", "--as-of", "2026-10-01"]).out.contains("Siân"))
        #expect(try StoreCommandTests.attend(store, ["absence", "list", "--employee", "e1"]).out.contains("07/09/2026"))
        let twice = try StoreCommandTests.attend(store, ["employee", "leave", "--employee", "e1", "--on", "2026-11-01"])
        #expect(twice.status == 2 && twice.err.contains("already left on 30/10/2026"))
        let undo = try StoreCommandTests.attend(store, ["employee", "leave", "--employee", "e1", "--undo", "--reason", "wrong person"])
        #expect(undo.status == 0)
        #expect(try StoreCommandTests.attend(store, ["employee", "list"]).out.contains("Siân"))
    }

    @Test func purgeErasesOnlyLeaversPastRetentionAndRecordsEachWithoutContent() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreCommandTests.attend(store, ["employee", "leave", "--employee", "e1", "--on", "2020-03-31"]).status == 0)
        // 2026-03-31 is exactly six years: not yet past.
        let early = try StoreCommandTests.attend(store, ["purge", "--as-of", "2026-03-31"])
        #expect(early.status == 0 && early.out.contains("nothing was erased"))
        let dry = try StoreCommandTests.attend(store, ["purge", "--dry-run"])
        #expect(dry.out.contains("Would erase 1 leaver") && dry.out.contains("e1 (left 31/03/2020)") && dry.out.contains("Nothing was erased"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/employees/e1.json"))
        let purge = try StoreCommandTests.attend(store, ["purge", "--actor", "HR Admin"])
        #expect(purge.status == 0, "\(purge.err)")
        #expect(!FileManager.default.fileExists(atPath: "\(store)/employees/e1.json"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/employees/e2.json"))
        let organisation = try String(contentsOfFile: "\(store)/organisation.json", encoding: .utf8)
        #expect(organisation.contains("\"action\" : \"employee.purge\"") && organisation.contains("erased employees/e1.json") && organisation.contains("HR Admin"))
        #expect(!organisation.contains("Siân") && !organisation.contains("2026-09-07"))
        #expect(try StoreCommandTests.attend(store, ["validate"]).status == 0)
        #expect(try StoreCommandTests.attend(store, ["purge"]).out.contains("nothing was erased"))
    }

    @Test func aSubjectAccessExportHoldsEverythingWarnsAndIsPrivate() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreCommandTests.attend(store, ["contact", "add", "--employee", "e1", "--on", "2026-09-08", "--note", "SUBJECT-NOTE"]).status == 0)
        #expect(try StoreCommandTests.attend(store, ["absence", "void", "--employee", "e2", "--id", "a1", "--reason", "x"]).status == 2)
        let path = "\(store)/../subject-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try StoreCommandTests.attend(store, ["export", "subject", "--employee", "e1", "--output", path])
        #expect(text.status == 0, "\(text.err)")
        #expect(text.err.contains("warning") && text.err.contains("health"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("Attendance records held about Siân Llŷr") && written.contains("SUBJECT-NOTE") && written.contains("07/09/2026 to 08/09/2026"))
        #expect(written.contains("Changes made to these records"))
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
        let json = try StoreCommandTests.attend(store, ["export", "subject", "--employee", "e1", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect((object?["employee"] as? [String: Any])?["name"] as? String == "Siân Llŷr")
        #expect(json.out.contains("SUBJECT-NOTE"))
    }
}

import AttendanceStore
import Foundation
import Testing

@Suite struct PermissionTests {
    @Test func filesAre0600AndFoldersAre0700() async throws {
        try await withTemporaryDirectory { folder in
            // A folder the user made with looser permissions is tightened when the store is created.
            let root = "\(folder)/store"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o755])
            let store = FileStore(root: root)
            try store.create(StoreFixtures.organisation(), employees: [StoreFixtures.fullEmployee()], actor: "tester")
            // A save replaces the file through a temporary one: the new file must be 0600 too.
            try store.save(try store.loadEmployee("e1"), actor: "tester", action: "touch", summary: "no change")
            try store.save(StoreFixtures.plainEmployee("e9"), actor: "tester", action: "employee add", summary: "added e9")
            try store.save(try store.load().organisation, actor: "tester", action: "touch", summary: "no change")

            #expect(try permissions(root) == 0o700)
            #expect(try permissions("\(root)/employees") == 0o700)
            for file in ["organisation.json", "employees/e1.json", "employees/e9.json", ".lock"] {
                #expect(try permissions("\(root)/\(file)") == 0o600, "\(file)")
            }
        }
    }
}

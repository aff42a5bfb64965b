import AttendanceStore
import Foundation
import Testing

/// `init` makes a store only in a missing or empty folder (issue 11): never over a damaged
/// store, into a folder of other files, or through a symbolic link, and never chmods a folder
/// it did not create.
@Suite struct StorePlaceTests {
    static func files(_ folder: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func aStoreWithoutItsOrganisationFileIsDamagedAndNeverReplaced() async throws {
        try await withStore { store in
            try FileManager.default.removeItem(atPath: "\(store.root)/organisation.json")
            let before = try Data(contentsOf: URL(fileURLWithPath: store.employeePath("e2")))
            #expect(StorePlace.inspect(store.root) == .damagedStore(found: [".lock", "employees"]))
            #expect(throws: StoreError.self) {
                try store.create(StoreFixtures.organisation(), employees: [StoreFixtures.plainEmployee("e2")], actor: "tester")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: store.employeePath("e2"))) == before)
            #expect(!FileManager.default.fileExists(atPath: "\(store.root)/organisation.json"))
            #expect(StorePlace.refusalToCreate(at: store.root)?.contains("damaged attend store") == true)
        }
    }

    @Test func aDanglingOrganisationLinkIsADamagedStoreToo() async throws {
        try await withStore { store in
            try FileManager.default.removeItem(atPath: "\(store.root)/organisation.json")
            try FileManager.default.createSymbolicLink(atPath: "\(store.root)/organisation.json", withDestinationPath: "/nonexistent/organisation.json")
            guard case .damagedStore = StorePlace.inspect(store.root) else { Issue.record("not seen as damaged"); return }
        }
    }

    @Test func aFolderOfOtherFilesIsRefusedAndKeepsItsPermissions() async throws {
        try await withTemporaryDirectory { folder in
            let target = "\(folder)/home"
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
            try Data("mine".utf8).write(to: URL(fileURLWithPath: "\(target)/notes.txt"))
            #expect(throws: StoreError.self) { try FileStore(root: target).create(StoreFixtures.organisation(), actor: "tester") }
            #expect(Self.files(target) == ["notes.txt"])
            let mode = (try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber)?.intValue
            #expect(mode == 0o755)
        }
    }

    @Test func aSymbolicLinkIsNotFollowedToCreateAStore() async throws {
        try await withTemporaryDirectory { folder in
            let real = "\(folder)/real"
            try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(atPath: "\(folder)/link", withDestinationPath: real)
            try FileManager.default.createSymbolicLink(atPath: "\(folder)/dangling", withDestinationPath: "\(folder)/nowhere")
            for path in ["\(folder)/link", "\(folder)/dangling"] {
                #expect(throws: StoreError.self) { try FileStore(root: path).create(StoreFixtures.organisation(), actor: "tester") }
                #expect(StorePlace.refusalToCreate(at: path)?.contains("symbolic link") == true)
            }
            #expect(Self.files(real).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: "\(folder)/nowhere"))
        }
    }

    @Test func anEmptyFolderOrAMissingOneTakesAStore() async throws {
        try await withTemporaryDirectory { folder in
            let empty = "\(folder)/empty"
            try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o750])
            try FileStore(root: empty).create(StoreFixtures.organisation(), actor: "tester")
            #expect(FileStore(root: empty).exists)
            let mode = (try FileManager.default.attributesOfItem(atPath: empty)[.posixPermissions] as? NSNumber)?.intValue
            #expect(mode == 0o700, "an empty folder given for the store becomes the store folder (D-70)")
            let fresh = "\(folder)/fresh"
            try FileStore(root: fresh).create(StoreFixtures.organisation(), actor: "tester")
            let freshMode = (try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? NSNumber)?.intValue
            #expect(freshMode == 0o700)
        }
    }
}

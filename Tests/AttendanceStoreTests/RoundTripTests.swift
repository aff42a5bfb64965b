import AttendanceRules
import AttendanceStore
import Foundation
import Testing

@Suite struct RoundTripTests {
    @Test func aCreatedStoreLoadsBackEverythingThatWasSaved() async throws {
        try await withStore { store in
            let snapshot = try store.load()
            #expect(snapshot.problems.isEmpty)

            var organisation = StoreFixtures.organisation()
            organisation.revision = 1
            organisation.history = [ChangeRecord(revision: 1, at: snapshot.organisation.history.first?.at ?? "", actor: "tester",
                                                 action: "init", summary: "created the store with 2 employees")]
            #expect(snapshot.organisation == organisation)

            // Each document starts its history with its creation, by whom and when.
            let created = ChangeRecord(revision: 1, at: organisation.history[0].at, actor: "tester", action: "init",
                                       summary: "created with the store")
            var full = StoreFixtures.fullEmployee()
            full.revision = 1
            full.history = [created]
            var plain = StoreFixtures.plainEmployee("e2")
            plain.revision = 1
            plain.history = [created]
            #expect(snapshot.employees == [full, plain])
            #expect(try store.loadEmployee("e1") == full)

            // Spot checks, so a failure says which part went wrong.
            let loaded = try #require(snapshot.employee("e1"))
            #expect(loaded.pattern.hours(on: .friday) == 4)
            #expect(loaded.pattern.worksBankHolidays)
            #expect(loaded.interviews[0].answers["adjustments"] == "standing desk")
            #expect(loaded.stages[0].warning?.scoreAtIssue == 256)
            #expect(loaded.stages[0].appeal?.result == "dismissed")
            #expect(loaded.meetings[1].cancelled)
            #expect(loaded.openSickness?.id == "a3")
            #expect(loaded.warnings.map(\.stage) == ["stage1"])
        }
    }

    @Test func savingAnUnchangedDocumentChangesOnlyItsRevisionAndHistory() async throws {
        try await withStore { store in
            let first = try store.text("employees/e1.json")
            let employee = try store.loadEmployee("e1")
            let saved = try store.save(employee, actor: "tester", action: "touch", summary: "no change")
            #expect(saved.revision == 2)
            let second = try store.text("employees/e1.json")

            #expect(first != second)
            #expect(first.contains("\"revision\" : 1,\n  \"schemaVersion\""))
            #expect(second.contains("\"revision\" : 2,\n  \"schemaVersion\""))
            // Everything but the revision and the history is byte for byte the same.
            func withoutRevisionAndHistory(_ text: String) -> [Substring] {
                var lines: [Substring] = []
                var inHistory = false
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.hasPrefix("  \"history\" : [") { inHistory = !line.hasSuffix("],"); continue }
                    if inHistory { inHistory = !line.hasPrefix("  ]"); continue }
                    if !line.hasPrefix("  \"revision\"") { lines.append(line) }
                }
                return lines
            }
            #expect(withoutRevisionAndHistory(first) == withoutRevisionAndHistory(second))
            #expect(saved.history.map(\.revision) == [1, 2])
            #expect(saved.history.last?.action == "touch")

            // And once more through a whole-store load.
            let reloaded = try #require(try store.load().employee("e1"))
            try store.save(reloaded, actor: "tester", action: "touch", summary: "no change")
            #expect(withoutRevisionAndHistory(try store.text("employees/e1.json")) == withoutRevisionAndHistory(first))
            #expect(try store.loadEmployee("e1").history.map(\.revision) == [1, 2, 3])

            let organisationBefore = try store.text("organisation.json")
            let organisation = try store.save(try store.load().organisation, actor: "tester", action: "touch", summary: "no change")
            #expect(withoutRevisionAndHistory(try store.text("organisation.json")) == withoutRevisionAndHistory(organisationBefore))
            #expect(organisation.history.map(\.revision) == [1, 2])
        }
    }

    @Test func documentsAreWrittenWithSortedKeysAndIndentation() async throws {
        try await withStore { store in
            for file in ["employees/e1.json", "organisation.json"] {
                let text = try store.text(file)
                #expect(text.hasPrefix("{\n  \""), "\(file) starts with an indented key")
                #expect(text.hasSuffix("}\n"), "\(file) ends with a newline")
                let lines = text.split(separator: "\n")
                // Every key at every depth, grouped by object: each group must be sorted.
                for (depth, keys) in Self.keysByObject(lines) {
                    #expect(keys == keys.sorted(), "\(file): keys at depth \(depth) are not sorted: \(keys)")
                }
            }
            let topLevel = try store.text("employees/e1.json").split(separator: "\n")
                .filter { $0.hasPrefix("  \"") }
                .map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
            #expect(topLevel == ["absences", "contacts", "fitNotes", "history", "id", "interviews", "letters", "managerId", "meetings", "name",
                                 "nation", "ohReferrals", "pattern", "policy", "revision", "schemaVersion", "selfCertificates", "sicknessCalls", "stages",
                                 "startDate", "teamId", "fte", "voided"].sorted())
            // The pattern is nested and indented one level deeper.
            #expect(try store.text("employees/e1.json").contains("  \"pattern\" : {\n    \"days\" : [\n      \"mon\",\n      \"wed\",\n      \"fri\"\n    ],"))
        }
    }

    @Test func theStoreLocationFollowsFlagThenEnvironmentThenXDG() {
        #expect(FileStore.location(explicit: "/a", environment: ["ATTEND_STORE": "/b"]) == "/a")
        #expect(FileStore.location(explicit: nil, environment: ["ATTEND_STORE": "/b", "XDG_DATA_HOME": "/x"]) == "/b")
        #expect(FileStore.location(explicit: "", environment: ["XDG_DATA_HOME": "/x"]) == "/x/attend")
        #expect(FileStore.location(explicit: nil, environment: ["HOME": "/home/u"]) == "/home/u/.local/share/attend")
    }

    @Test func creatingOverAnExistingStoreIsRefusedAndChangesNothing() async throws {
        try await withStore { store in
            let before = try store.bytes("organisation.json")
            #expect(throws: StoreError.alreadyExists(path: store.root)) {
                try store.create(OrganisationDocument(name: "Other", policy: "police-asm", nation: .scotland), actor: "tester")
            }
            #expect(try store.bytes("organisation.json") == before)
        }
    }

    @Test func loadingWhereThereIsNoStoreSaysHowToCreateOne() async throws {
        try await withTemporaryDirectory { folder in
            let store = FileStore(root: "\(folder)/none")
            #expect(!store.exists)
            let error = #expect(throws: StoreError.self) { try store.load() }
            #expect(error == .notFound(path: "\(folder)/none"))
            #expect(error?.description.contains("attend init") == true)
        }
    }

    @Test func anEmployeeAddedLaterIsSavedAsRevisionOne() async throws {
        try await withStore { store in
            let saved = try store.save(StoreFixtures.plainEmployee("new-starter", name: "New Starter"),
                                       actor: "tester", action: "employee add", summary: "added new-starter")
            #expect(saved.revision == 1)
            #expect(try store.load().employees.map(\.id) == ["e1", "e2", "new-starter"])
        }
    }

    @Test(arguments: ["", "../escape", "a/b", ".hidden", "tab\tid", String(repeating: "x", count: 129)])
    func anEmployeeIdThatCannotNameAFileIsRefused(id: String) async throws {
        try await withStore { store in
            let error = #expect(throws: StoreError.self) {
                try store.save(StoreFixtures.plainEmployee(id), actor: "tester", action: "employee add", summary: "added")
            }
            if case .invalid(let message)? = error {
                #expect(message.contains("nothing was written"))
            } else {
                Issue.record("expected .invalid, got \(String(describing: error))")
            }
            #expect(!FileManager.default.fileExists(atPath: "\(store.root)/escape.json"))
            let loaded = try store.load()
            #expect(loaded.employees.count == 2)
            #expect(throws: StoreError.self) { _ = try store.loadEmployee(id) }
        }
    }

    /// Keys of each JSON object in pretty-printed text, keyed by the object's opening line.
    private static func keysByObject(_ lines: [Substring]) -> [(Int, [String])] {
        var groups: [(Int, [String])] = []
        var stack: [[String]] = [[]]
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("\"") && trimmed.contains("\" : ") {
                let key = String(trimmed.dropFirst().prefix { $0 != "\"" })
                stack[stack.count - 1].append(key)
            }
            if trimmed.hasSuffix("{") { stack.append([]) }
            if trimmed.hasPrefix("}") {
                groups.append((stack.count - 1, stack.removeLast()))
            }
        }
        return groups
    }
}

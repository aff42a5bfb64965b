import AttendanceRules
import AttendanceStore
import Foundation
import Testing

@Suite struct DamagedFileTests {
    @Test func aTruncatedEmployeeFileIsReportedAndTheRestLoads() async throws {
        try await withStore(employees: [StoreFixtures.fullEmployee(), StoreFixtures.plainEmployee("e2"), StoreFixtures.plainEmployee("e3")]) { store in
            let whole = try store.bytes("employees/e2.json")
            try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: store.path("employees/e2.json")))

            let snapshot = try store.load()
            #expect(snapshot.employees.map(\.id) == ["e1", "e3"])
            #expect(snapshot.problems.map(\.file) == ["employees/e2.json"])
            #expect(snapshot.problems.first?.problem.contains("not a JSON document") == true)
            #expect(snapshot.problems.first?.problem.contains("cut short") == true)
        }
    }

    @Test func anEmptyEmployeeFileIsReported() async throws {
        try await withStore { store in
            try store.overwrite("employees/e2.json", with: "")
            let snapshot = try store.load()
            #expect(snapshot.employees.map(\.id) == ["e1"])
            #expect(snapshot.problems.map(\.file) == ["employees/e2.json"])
        }
    }

    @Test(arguments: [
        // (field to break, the value, the field the message must name, words it must hold)
        ("fte", "\"full time\"", "fte", "wrong type"),
        ("name", "42", "name", "wrong type"),
        ("absences", "{}", "absences", "wrong type"),
        ("schemaVersion", "\"2\"", "schemaVersion", "wrong type"),
        ("revision", "\"one\"", "revision", "wrong type"),
        ("nation", "\"wales\"", "nation", "wales"),
        ("id", "null", "id", "null"),
    ])
    func aFieldWithTheWrongTypeIsReportedByName(field: String, value: String, named: String, words: String) async throws {
        try await withStore { store in
            var e2 = try store.jsonObject("employees/e2.json")
            e2[field] = "PLACEHOLDER"
            try store.overwrite("employees/e2.json", withJSON: e2)
            let text = try store.text("employees/e2.json").replacingOccurrences(of: "\"PLACEHOLDER\"", with: value)
            try store.overwrite("employees/e2.json", with: text)

            let snapshot = try store.load()
            #expect(snapshot.employees.map(\.id) == ["e1"])
            try #require(snapshot.problems.count == 1)
            let problem = snapshot.problems[0]
            #expect(problem.file == "employees/e2.json")
            #expect(problem.problem.contains("'\(named)'"), "\(problem)")
            #expect(problem.problem.contains(words), "\(problem)")
        }
    }

    @Test func aBadValueDeepInsideIsReportedWithItsPath() async throws {
        try await withStore { store in
            let text = try store.text("employees/e1.json")
            try store.overwrite("employees/e1.json", with: text.replacingOccurrences(of: "\"2025-01-06\"", with: "\"2025-02-30\""))
            let snapshot = try store.load()
            #expect(snapshot.employees.map(\.id) == ["e2"])
            let problem = try #require(snapshot.problems.first)
            #expect(problem.file == "employees/e1.json")
            #expect(problem.problem.contains("'absences[0].start'"), "\(problem)")
            #expect(problem.problem.contains("'2025-02-30' is not a date"), "\(problem)")
        }
    }

    @Test func aMissingRequiredFieldIsReportedByName() async throws {
        try await withStore { store in
            var e2 = try store.jsonObject("employees/e2.json")
            e2.removeValue(forKey: "pattern")
            try store.overwrite("employees/e2.json", withJSON: e2)
            let problem = try #require(try store.load().problems.first)
            #expect(problem.description == "employees/e2.json: field 'pattern': is missing; this field is required")
        }
    }

    @Test func aFileWhoseIdDoesNotMatchItsNameIsReported() async throws {
        try await withStore { store in
            // A copy made by hand: e2's content under another name.
            try FileManager.default.copyItem(atPath: store.path("employees/e2.json"), toPath: store.path("employees/e7.json"))
            let snapshot = try store.load()
            #expect(snapshot.employees.map(\.id) == ["e1", "e2"])
            #expect(snapshot.problems.map(\.file) == ["employees/e7.json"])
            #expect(snapshot.problems.first?.problem.contains("its id 'e2' does not match the file name") == true)
            #expect(throws: StoreError.self) { try store.loadEmployee("e7") }
        }
    }

    @Test func temporaryAndOtherFilesInTheEmployeesFolderAreIgnored() async throws {
        try await withStore { store in
            // What an interrupted write leaves behind, and files that are not documents.
            try store.overwrite("employees/.e1.json.4242.1234567.tmp", with: "{\"schemaVer")
            try store.overwrite("employees/.e2.json.4242.7654321.tmp", with: try store.text("employees/e2.json"))
            try store.overwrite("employees/notes.txt", with: "not a document")
            try store.overwrite("employees/.hidden.json", with: "garbage")
            let snapshot = try store.load()
            #expect(snapshot.problems.isEmpty)
            #expect(snapshot.employees.map(\.id) == ["e1", "e2"])
        }
    }

    @Test func aDamagedOrganisationRefusesTheStoreNamingTheFile() async throws {
        try await withStore { store in
            var organisation = try store.jsonObject("organisation.json")
            organisation["nation"] = "wales"
            try store.overwrite("organisation.json", withJSON: organisation)
            let error = #expect(throws: StoreError.self) { try store.load() }
            if case .damaged(let file, let problem)? = error {
                #expect(file == "organisation.json")
                #expect(problem.contains("'nation'"))
            } else {
                Issue.record("expected .damaged, got \(String(describing: error))")
            }
        }
    }

    @Test func aDamagedEmployeeFileIsNeverOverwrittenBySave() async throws {
        try await withStore { store in
            let employee = try store.loadEmployee("e2")
            try store.overwrite("employees/e2.json", with: "{ \"revision\": 1, ")
            #expect(throws: StoreError.self) {
                try store.save(employee, actor: "tester", action: "touch", summary: "edit")
            }
            #expect(try store.text("employees/e2.json") == "{ \"revision\": 1, ")
        }
    }
}

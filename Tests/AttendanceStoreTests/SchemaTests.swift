import AttendanceRules
@testable import AttendanceStore
import Foundation
import Testing

@Suite struct SchemaTests {
    @Test func aStoreWhoseOrganisationIsNewerIsRefusedNamingTheFileAndVersions() async throws {
        try await withStore { store in
            var organisation = try store.jsonObject("organisation.json")
            organisation["schemaVersion"] = 7
            organisation["somethingNew"] = ["a": 1]
            try store.overwrite("organisation.json", withJSON: organisation)
            let before = try store.bytes("organisation.json")

            let error = #expect(throws: StoreError.self) { try store.load() }
            #expect(error == .newerSchema(file: "organisation.json", found: 7, supported: OrganisationDocument.currentSchemaVersion))
            let message = error?.description ?? ""
            #expect(message.contains("organisation.json"))
            #expect(message.contains("schema version 7"))
            #expect(message.contains("up to version \(OrganisationDocument.currentSchemaVersion)"))
            #expect(message.contains("Upgrade attend"))

            // Nor may this attend overwrite it.
            var older = StoreFixtures.organisation()
            older.revision = 1
            #expect(throws: StoreError.newerSchema(file: "organisation.json", found: 7, supported: OrganisationDocument.currentSchemaVersion)) {
                try store.save(older, actor: "tester", action: "organisation edit", summary: "edit")
            }
            #expect(try store.bytes("organisation.json") == before)
        }
    }

    @Test func aNewerEmployeeFileIsReportedAndNotLoadedOrOverwritten() async throws {
        let newer = EmployeeDocument.currentSchemaVersion + 1
        try await withStore { store in
            var e2 = try store.jsonObject("employees/e2.json")
            e2["schemaVersion"] = newer
            try store.overwrite("employees/e2.json", withJSON: e2)
            let before = try store.bytes("employees/e2.json")

            let snapshot = try store.load()
            #expect(snapshot.employees.map(\.id) == ["e1"])
            try #require(snapshot.problems.count == 1)
            let problem = snapshot.problems[0]
            #expect(problem.file == "employees/e2.json")
            #expect(problem.problem.contains("newer attend"))
            #expect(problem.problem.contains("schema version \(newer)"))
            #expect(problem.problem.contains("up to version \(EmployeeDocument.currentSchemaVersion)"))
            #expect(problem.description.hasPrefix("employees/e2.json: was written by a newer attend"))

            #expect(throws: StoreError.newerSchema(file: "employees/e2.json", found: newer, supported: EmployeeDocument.currentSchemaVersion)) {
                try store.loadEmployee("e2")
            }
            // A document rebuilt by this attend (same id and revision) must not replace it.
            var rebuilt = StoreFixtures.plainEmployee("e2")
            rebuilt.revision = 1
            #expect(throws: StoreError.newerSchema(file: "employees/e2.json", found: newer, supported: EmployeeDocument.currentSchemaVersion)) {
                try store.save(rebuilt, actor: "tester", action: "employee edit", summary: "edit")
            }
            #expect(try store.bytes("employees/e2.json") == before)
        }
    }

    /// Schema 1 kept the working pattern as top-level `workingDays` and `hoursPerDay` and had
    /// no `fitNotes`, `meetings` or `stages`.
    static let schema1Employee = """
        {
          "schemaVersion": 1,
          "revision": 4,
          "id": "old1",
          "name": "Olive Older",
          "teamId": "t1",
          "workingDays": ["mon", "tue", "wed"],
          "hoursPerDay": 6,
          "fte": 0.48,
          "absences": [
            {"id": "a1", "type": "sickness", "start": "2024-05-01", "end": "2024-05-03", "certificate": "self", "reason": "back-pain"}
          ],
          "sicknessCalls": [],
          "contacts": [
            {"id": "k1", "on": "2024-05-02", "by": "manager", "via": "phone", "note": "keeping in touch"}
          ],
          "interviews": []
        }
        """

    @Test func aSchema1EmployeeIsMigratedOnLoadAndWrittenInTheCurrentSchema() async throws {
        try await withStore { store in
            try store.overwrite("employees/old1.json", with: Self.schema1Employee)
            let snapshot = try store.load()
            #expect(snapshot.problems.isEmpty)
            let old = try #require(snapshot.employee("old1"))
            #expect(old.pattern == (try WorkingPattern(days: [.monday, .tuesday, .wednesday], hoursPerDay: 6)))
            #expect(old.revision == 4)
            #expect(old.fte == 0.48)
            #expect(old.teamId == "t1")
            #expect(old.absences.map(\.id) == ["a1"])
            #expect(old.absences.first?.reason == .backPain)
            #expect(old.contacts.first?.note == "keeping in touch")
            #expect(old.fitNotes.isEmpty && old.meetings.isEmpty && old.stages.isEmpty && old.ohReferrals.isEmpty)
            #expect(try store.loadEmployee("old1") == old)

            // Loading changes nothing on disk; the next save writes the current schema (4).
            #expect(try store.text("employees/old1.json") == Self.schema1Employee)
            let saved = try store.save(old, actor: "tester", action: "touch", summary: "no change")
            #expect(saved.schemaVersion == 7)
            #expect(EmployeeDocument.currentSchemaVersion == 7)
            #expect(saved.revision == 5)
            // Its history starts with the first save in schema 4 (earlier changes were logged
            // in audit.jsonl, which stays).
            #expect(saved.history.map(\.revision) == [5])
            let written = try store.jsonObject("employees/old1.json")
            #expect(written["schemaVersion"] as? Int == 7)
            #expect(written["workingDays"] == nil)
            #expect(written["hoursPerDay"] == nil)
            let pattern = try #require(written["pattern"] as? [String: Any])
            #expect(pattern["days"] as? [String] == ["mon", "tue", "wed"])
            for key in ["fitNotes", "meetings", "stages", "ohReferrals"] {
                #expect((written[key] as? [Any])?.isEmpty == true, "\(key)")
            }
            var expected = old
            expected.revision = 5
            expected.history = saved.history
            #expect(try store.loadEmployee("old1") == expected)
        }
    }

    /// Schema 2 had every list but `ohReferrals`: as attend wrote it before referrals were kept.
    static let schema2Employee = """
        {
          "absences" : [
            {"certificate" : "none", "id" : "a1", "start" : "2025-10-01", "type" : "sickness"}
          ],
          "contacts" : [],
          "fitNotes" : [],
          "fte" : 1,
          "id" : "two1",
          "interviews" : [],
          "meetings" : [],
          "name" : "Tom Two",
          "pattern" : {"days" : ["mon", "tue", "wed", "thu", "fri"], "hoursPerDay" : 7.5},
          "revision" : 2,
          "schemaVersion" : 2,
          "sicknessCalls" : [],
          "stages" : []
        }
        """

    @Test func aSchema2EmployeeIsMigratedWithNoReferralsAndSavedInTheCurrentSchema() async throws {
        try await withStore { store in
            try store.overwrite("employees/two1.json", with: Self.schema2Employee)
            let snapshot = try store.load()
            #expect(snapshot.problems.isEmpty)
            let old = try #require(snapshot.employee("two1"))
            #expect(old.ohReferrals.isEmpty)
            #expect(old.absences.map(\.id) == ["a1"])
            #expect(old.revision == 2)
            // Reading alone never rewrites the file.
            #expect(try store.text("employees/two1.json") == Self.schema2Employee)

            var changed = old
            changed.ohReferrals = [OHReferral(id: "oh-1", absenceId: "a1", referredOn: StoreFixtures.day("2025-10-29"), by: "m1")]
            let saved = try store.save(changed, actor: "tester", action: "oh.referral", summary: "oh-1")
            #expect(saved.schemaVersion == 7)
            let written = try store.jsonObject("employees/two1.json")
            #expect(written["schemaVersion"] as? Int == 7)
            #expect((written["history"] as? [Any])?.count == 1)
            #expect((written["ohReferrals"] as? [Any])?.count == 1)
            #expect(try store.loadEmployee("two1") == saved)
        }
    }

    @Test func theFastReaderReadsASchema2EmployeeExactlyAsTheMigrationDoes() throws {
        let data = Data(Self.schema2Employee.utf8)
        let fast = try #require(EmployeeFastDecoder.decode(data), "a schema 2 file fell back to the slow path")
        let migrated = try FileStore.decodeEmployeeSlowly(data, file: "employees/two1.json")
        #expect(fast == migrated)
        #expect(fast.schemaVersion == EmployeeDocument.currentSchemaVersion)
        // A schema 3 file must carry the list: without it the fast reader steps aside.
        let broken = Self.schema2Employee.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 3")
        #expect(broken != Self.schema2Employee)
        #expect(EmployeeFastDecoder.decode(Data(broken.utf8)) == nil)
    }

    @Test func theFastReaderReadsASchema3EmployeeWithAnEmptyHistoryAsTheMigrationDoes() throws {
        let schema3 = Self.schema2Employee
            .replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 3")
            .replacingOccurrences(of: "\"stages\" : []", with: "\"stages\" : [], \"ohReferrals\" : []")
        #expect(schema3.contains("ohReferrals"))
        let data = Data(schema3.utf8)
        let fast = try #require(EmployeeFastDecoder.decode(data), "a schema 3 file fell back to the slow path")
        #expect(fast == (try FileStore.decodeEmployeeSlowly(data, file: "employees/two1.json")))
        #expect(fast.history.isEmpty)
        #expect(fast.schemaVersion == 7)
        // A schema 4 file must carry its history.
        let missing = schema3.replacingOccurrences(of: "\"schemaVersion\" : 3", with: "\"schemaVersion\" : 4")
        #expect(EmployeeFastDecoder.decode(Data(missing.utf8)) == nil)
        #expect(throws: StoreError.self) { try FileStore.decodeEmployee(Data(missing.utf8), file: "employees/two1.json") }
    }

    @Test func aSchema1EmployeeWithoutAPatternGetsMondayToFriday() async throws {
        try await withStore { store in
            try store.overwrite("employees/old2.json", with: """
                {"schemaVersion": 1, "revision": 1, "id": "old2", "name": "No Pattern", "absences": [],
                 "sicknessCalls": [], "contacts": [], "interviews": []}
                """)
            let old = try store.loadEmployee("old2")
            #expect(old.pattern == .mondayToFriday)
            #expect(old.fte == 1)
        }
    }

    @Test(arguments: [0, -1])
    func aSchemaVersionBelowOneIsReportedAsDamage(version: Int) async throws {
        try await withStore { store in
            var e2 = try store.jsonObject("employees/e2.json")
            e2["schemaVersion"] = version
            try store.overwrite("employees/e2.json", withJSON: e2)
            let problems = try store.load().problems
            #expect(problems.map(\.file) == ["employees/e2.json"])
            #expect(problems.first?.problem.contains("schemaVersion \(version) is not allowed") == true)
        }
    }
}

import AttendanceRules
import AttendanceStore
import Foundation
import Testing

@Suite struct AuditLogTests {
    @Test func everySaveRecordsOneChangeInTheDocumentItChanged() async throws {
        try await withStore { store in
            var employee = try store.loadEmployee("e2")
            employee.name = "Renamed"
            employee = try store.save(employee, actor: "ann", action: "employee edit", summary: "renamed e2")
            employee.fte = 0.5
            try store.save(employee, actor: "ann", action: "employee edit", summary: "changed FTE")
            try store.save(try store.load().organisation, actor: "raj", action: "organisation edit", summary: "touched")

            let e2 = try store.loadEmployee("e2")
            #expect(e2.history.map(\.revision) == [1, 2, 3])
            #expect(e2.history.map(\.summary) == ["created with the store", "renamed e2", "changed FTE"])
            #expect(try store.load().organisation.history.map(\.action) == ["init", "organisation edit"])

            let log = store.auditLog()
            #expect(log.map(\.action) == ["init", "init", "init", "employee edit", "employee edit", "organisation edit"])
            #expect(log.map(\.actor) == ["tester", "tester", "tester", "ann", "ann", "raj"])
            #expect(log.map(\.target) == ["organisation", "employee e1", "employee e2", "employee e2", "employee e2", "organisation"])
            #expect(log.map(\.revision) == [1, 1, 1, 2, 3, 2])
            #expect(log[3].summary == "renamed e2")
            // UTC ISO 8601 times, to the microsecond.
            #expect(log.allSatisfy { $0.at.hasSuffix("Z") && $0.at.count == 27 })
            // A new store writes no separate log that could disagree with the documents.
            #expect(!FileManager.default.fileExists(atPath: store.path("audit.jsonl")))
        }
    }

    @Test func anEntryRecordsTheTimeOfTheSaveInUTC() async throws {
        try await withStore { store in
            let when = Date(timeIntervalSince1970: 1_790_000_000.25)
            try store.save(try store.loadEmployee("e2"), actor: "ann", action: "touch", summary: "s", now: when)
            #expect(store.auditLog().first { $0.action == "touch" }?.at == "2026-09-21T14:13:20.250000Z")
            #expect(try store.loadEmployee("e2").history.last?.at == "2026-09-21T14:13:20.250000Z")
        }
    }

    @Test func privateNotesNeverReachTheHistory() async throws {
        try await withStore { store in
            let note = "migraine after chemo"
            var employee = try store.loadEmployee("e2")
            employee.absences.append(AbsenceRecord(id: "a1", type: .sickness, start: StoreFixtures.day("2026-03-02"), end: nil,
                                                   reason: .headacheMigraine))
            employee.sicknessCalls.append(SicknessCall(id: "c1", absenceId: "a1", receivedAt: StoreFixtures.time("2026-03-02T08:00"),
                                                       via: .phone, reason: .headacheMigraine, note: note))
            employee = try store.save(employee, actor: "ann", action: "sickness call", summary: "opened absence a1")
            // Even a careless summary quoting the note (or an interview answer) has it blanked out.
            employee.interviews.append(RTWInterview(id: "i1", absenceId: "a1", heldOn: StoreFixtures.day("2026-03-09"),
                                                    answers: ["health": "oncology follow-up next week"]))
            employee = try store.save(employee, actor: "ann", action: "interview answer",
                                      summary: "note: \(note); answer: oncology follow-up next week")

            let history = try store.loadEmployee("e2").history
            #expect(history.last?.summary == "note: [private]; answer: [private]")
            #expect(!history.contains { $0.summary.contains("chemo") || $0.summary.contains("oncology") })
            #expect(store.auditLog().last?.summary == "note: [private]; answer: [private]")
            // The note itself is kept, in its own field only.
            #expect(try store.loadEmployee("e2").sicknessCalls.first?.note == note)
        }
    }

    @Test func anOlderStoresLogIsReadFirstAndNeverWrittenTo() async throws {
        try await withStore { store in
            // An older attend appended here; a crash could leave a torn final line.
            let legacy = "{\"action\":\"init\",\"actor\":\"old\",\"at\":\"2025-01-01T09:00:00Z\",\"summary\":\"created\",\"target\":\"organisation\"}\n"
                + "{\"action\":\"employee ed"
            try Data(legacy.utf8).write(to: URL(fileURLWithPath: store.path("audit.jsonl")))
            try store.save(try store.loadEmployee("e2"), actor: "ann", action: "employee edit", summary: "after the upgrade")

            let log = store.auditLog()
            #expect(log.first?.actor == "old")
            #expect(log.first?.revision == nil)
            #expect(log.last?.summary == "after the upgrade")
            #expect(log.count == 1 + 3 + 1)
            #expect(try store.text("audit.jsonl") == legacy)
        }
    }

    @Test func aSaveLandsWithItsRecordWhateverStandsWhereTheOldLogWas() async throws {
        try await withStore { store in
            // The old design appended to audit.jsonl after the save and failed there, so a
            // retry saved twice. Nothing is appended now: the change and its record are one write.
            try FileManager.default.createDirectory(atPath: store.path("audit.jsonl"), withIntermediateDirectories: false)
            var employee = try store.loadEmployee("e2")
            employee.contacts.append(ContactRecord(id: "c-1", absenceId: nil, on: StoreFixtures.day("2026-03-03"), by: "manager", via: .phone))
            let saved = try store.save(employee, actor: "ann", action: "contact.add", summary: "contact c-1")
            #expect(saved.history.last?.revision == 2)
            #expect(try store.loadEmployee("e2").contacts.map(\.id) == ["c-1"])
        }
    }
}

import AttendanceRules
import AttendanceStore
import Foundation
import Testing

@Suite struct AuditLogTests {
    @Test func everySaveAppendsOneLine() async throws {
        try await withStore { store in
            #expect(try store.text("audit.jsonl").split(separator: "\n").count == 1)
            var employee = try store.loadEmployee("e2")
            employee.name = "Renamed"
            employee = try store.save(employee, actor: "ann", action: "employee edit", summary: "renamed e2")
            employee.fte = 0.5
            try store.save(employee, actor: "ann", action: "employee edit", summary: "changed FTE")
            try store.save(try store.load().organisation, actor: "raj", action: "organisation edit", summary: "touched")

            let text = try store.text("audit.jsonl")
            #expect(text.hasSuffix("\n"))
            #expect(text.split(separator: "\n").count == 4)
            let log = store.auditLog()
            #expect(log.map(\.action) == ["init", "employee edit", "employee edit", "organisation edit"])
            #expect(log.map(\.actor) == ["tester", "ann", "ann", "raj"])
            #expect(log.map(\.target) == ["organisation", "employee e2", "employee e2", "organisation"])
            #expect(log[1].summary == "renamed e2")
            // UTC ISO 8601 times.
            #expect(log.allSatisfy { $0.at.hasSuffix("Z") && $0.at.count == 20 })
        }
    }

    @Test func anEntryRecordsTheTimeOfTheSaveInUTC() async throws {
        try await withStore { store in
            let when = Date(timeIntervalSince1970: 1_790_000_000)
            try store.save(try store.loadEmployee("e2"), actor: "ann", action: "touch", summary: "s", now: when)
            #expect(store.auditLog().last?.at == "2026-09-21T14:13:20Z")
        }
    }

    @Test func privateNotesNeverReachTheAuditLog() async throws {
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

            let audit = try store.text("audit.jsonl")
            #expect(!audit.contains(note))
            #expect(!audit.contains("chemo"))
            #expect(!audit.contains("oncology"))
            #expect(store.auditLog().last?.summary == "note: [private]; answer: [private]")
            // The note itself is kept, in the employee's file only.
            #expect(try store.text("employees/e2.json").contains(note))
            #expect(try store.loadEmployee("e2").sicknessCalls.first?.note == note)
        }
    }

    @Test func aTornLastLineIsSkippedAndDoesNotSwallowTheNextEntry() async throws {
        try await withStore { store in
            // A crash in the middle of an append leaves a partial line with no newline.
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store.path("audit.jsonl")))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("{\"action\":\"employee ed".utf8))
            try handle.close()

            #expect(store.auditLog().map(\.action) == ["init"])

            try store.save(try store.loadEmployee("e2"), actor: "ann", action: "employee edit", summary: "after the crash")
            #expect(store.auditLog().map(\.action) == ["init", "employee edit"])
            #expect(store.auditLog().last?.summary == "after the crash")
            let lines = try store.text("audit.jsonl").split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines[1] == "{\"action\":\"employee ed")
        }
    }
}

import AttendanceRules
import AttendanceStore
import Foundation
import Testing

/// Erasing a leaver's file (`attend purge`): recorded first, in the organisation's history,
/// then removed; an erasure cut off between the two is completed without a second record.
@Suite struct EraseTests {
    @Test func anErasureIsRecordedOnceEvenWhenItHadToBeCompleted() async throws {
        try await withStore { store in
            try store.erase(employee: "e2", actor: "hr", detail: "left 31/03/2020; retention 6 years")
            #expect(!FileManager.default.fileExists(atPath: store.employeePath("e2")))
            var organisation = try store.load().organisation
            #expect(organisation.history.filter { $0.action == "employee.purge" }.count == 1)
            #expect(organisation.history.last?.summary.hasPrefix("erased employees/e2.json (left") == true)
            // As if a kill had come after the record and before the removal: the file is back.
            try store.overwrite("employees/e2.json", with: String(decoding: try JSONEncoder().encode(StoreFixtures.plainEmployee("e2")), as: UTF8.self))
            try store.erase(employee: "e2", actor: "hr", detail: "again")
            organisation = try store.load().organisation
            #expect(organisation.history.filter { $0.action == "employee.purge" }.count == 1)
            #expect(!FileManager.default.fileExists(atPath: store.employeePath("e2")))
            #expect(throws: StoreError.self) { try store.erase(employee: "e2", actor: "hr", detail: "gone") }
        }
    }

    @Test func erasingAnEmployeeRemovesTheLettersWrittenOutToThemAndNothingElse() async throws {
        try await withStore { store in
            let letter = LetterRecord(id: "letter-1", kind: "invitation", title: "Invitation", writtenOn: StoreFixtures.day("2020-01-06"),
                                      writtenBy: "m", delivery: .hand, receivedOn: StoreFixtures.day("2020-01-06"), text: "Dear E2", checklist: [], includesPrivate: false)
            let docx = try store.writeLetterFile(Data("PK".utf8), employeeId: "e2", letter: letter, format: "docx")
            _ = try store.writeLetterFile(Data("Dear E2".utf8), employeeId: "e2", letter: letter, format: "txt")
            let other = try store.writeLetterFile(Data("Dear E1".utf8), employeeId: "e1", letter: letter, format: "txt")
            #expect(FileManager.default.fileExists(atPath: docx))
            try store.erase(employee: "e2", actor: "hr", detail: "left 31/03/2020; retention 6 years")
            #expect(!FileManager.default.fileExists(atPath: store.letterFolder(employeeId: "e2")))
            #expect(FileManager.default.fileExists(atPath: other), "another person's letters stay")
            #expect(throws: StoreError.self) { try store.writeLetterFile(Data(), employeeId: "../e1", letter: letter, format: "txt") }
        }
    }
}

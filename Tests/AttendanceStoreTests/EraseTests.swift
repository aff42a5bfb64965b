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
}

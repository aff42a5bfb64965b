import Foundation
import Testing

/// A command run again after an unclear outcome (killed after the save, or an error after it)
/// never adds its record twice (issue 11, D-78): the second run names the record and the change
/// that saved it, changes nothing, and `--again` is the way to a real second one.
@Suite struct RetryTests {
    static func file(_ store: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: "\(store)/employees/e1.json")) }

    /// Runs `arguments` twice: the first saves, the second is refused naming what is there.
    static func expectRepeatRefused(_ store: String, _ arguments: [String], mentions expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let first = try StoreCommandTests.attend(store, arguments)
        #expect(first.status == 0, "\(arguments): \(first.err)", sourceLocation: sourceLocation)
        let before = try file(store)
        let second = try StoreCommandTests.attend(store, arguments)
        #expect(second.status == 2, "\(arguments) ran twice", sourceLocation: sourceLocation)
        #expect(second.err.contains("already") && second.err.contains("nothing was saved"), "\(second.err)", sourceLocation: sourceLocation)
        #expect(second.err.contains(expected), "\(arguments): \(second.err)", sourceLocation: sourceLocation)
        #expect(try file(store) == before, "\(arguments): the repeat changed the file", sourceLocation: sourceLocation)
    }

    @Test func everyAddingCommandRunTwiceRecordsOnce() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        for (from, to) in [("2026-06-01", "2026-06-04"), ("2026-07-06", "2026-07-07"), ("2026-09-07", "2026-09-08")] {
            try Self.expectRepeatRefused(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", from, "--to", to], mentions: "the same absence")
        }
        try Self.expectRepeatRefused(store, ["sickness", "call", "--employee", "e1", "--first-day", "2026-11-02", "--received", "2026-11-02T08:00"],
                                     mentions: "a sickness call for 02/11/2026")
        try Self.expectRepeatRefused(store, ["contact", "add", "--employee", "e1", "--on", "2026-11-04", "--note", "spoke"], mentions: "(revision")
        try Self.expectRepeatRefused(store, ["fitnote", "add", "--employee", "e1", "--from", "2026-11-09", "--to", "2026-11-13", "--received", "2026-11-09"],
                                     mentions: "the same fit note")
        try Self.expectRepeatRefused(store, ["oh-referral", "--employee", "e1", "--on", "2026-11-10"], mentions: "the same referral")
        try Self.expectRepeatRefused(store, ["sickness", "return", "--employee", "e1", "--on", "2026-11-16"], mentions: "the return on 16/11/2026")
        #expect(try StoreCommandTests.attend(store, ["interview", "start", "--employee", "e1"]).status == 0)
        try Self.expectRepeatRefused(store, ["interview", "answer", "--employee", "e1", "--action", "weekly check-in"], mentions: "agreed action")
        try Self.expectRepeatRefused(store, ["stage", "record", "--employee", "e1", "--stage", "stage1", "--outcome", "warning", "--review-until", "2027-01-20"],
                                     mentions: "outcome")
        try Self.expectRepeatRefused(store, ["meeting", "schedule", "--employee", "e1", "--kind", "stage1-review", "--at", "2026-12-07T10:00",
                                             "--notice-given", "2026-11-20T09:00", "--place", "Room 2"], mentions: "at 07/12/2026 10:00")
    }

    @Test func theRefusalNamesWhoSavedItAndAgainRecordsASecondOne() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        let contact = ["contact", "add", "--employee", "e1", "--on", "2026-11-19", "--actor", "Sam Lee"]
        #expect(try StoreCommandTests.attend(store, contact).status == 0)
        let repeated = try StoreCommandTests.attend(store, contact)
        #expect(repeated.err.contains("as c-1, saved by Sam Lee at ") && repeated.err.contains("UTC (revision 2)"))
        #expect(repeated.err.contains("attend employee show e1") && repeated.err.contains("--again"))
        let again = try StoreCommandTests.attend(store, contact + ["--again"])
        #expect(again.status == 0, "\(again.err)")
        #expect(again.out.contains("(c-2)"))
        // A different contact is never mistaken for a repeat.
        #expect(try StoreCommandTests.attend(store, ["contact", "add", "--employee", "e1", "--on", "2026-11-19", "--via", "email"]).status == 0)
    }
}

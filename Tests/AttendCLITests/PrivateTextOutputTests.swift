import Foundation
import Testing

/// One rule for private free text in every output (issue 11, D-75): notes, interview answers and
/// actions, fit-note adjustments and HR decision notes appear only with `--include-private`,
/// in text and JSON alike, and asking for them warns on standard error.
@Suite struct PrivateTextOutputTests {
    static let secrets = ["CALLNOTE-7", "CONTACTNOTE-7", "ADJUSTMENT-7", "ANSWER-7", "ACTION-7", "REFERRALNOTE-7"]

    /// A store whose one employee holds each kind of private text the CLI can record.
    static func storeWithEveryPrivateText() throws -> String {
        let store = try StoreCommandTests.newStore()
        func run(_ arguments: [String]) throws {
            let r = try StoreCommandTests.attend(store, arguments)
            #expect(r.status == 0, "\(arguments): \(r.err)")
        }
        try run(["employee", "add", "--id", "e1", "--name", "Ann"])
        try run(["sickness", "call", "--employee", "e1", "--first-day", "2026-11-02", "--received", "2026-11-02T08:00", "--note", "CALLNOTE-7"])
        try run(["contact", "add", "--employee", "e1", "--on", "2026-11-04", "--note", "CONTACTNOTE-7"])
        try run(["fitnote", "add", "--employee", "e1", "--from", "2026-11-09", "--to", "2026-11-13", "--received", "2026-11-09", "--may-be-fit", "--adjustments", "ADJUSTMENT-7"])
        try run(["oh-referral", "--employee", "e1", "--on", "2026-11-10", "--note", "REFERRALNOTE-7"])
        try run(["sickness", "return", "--employee", "e1", "--on", "2026-11-16"])
        try run(["interview", "start", "--employee", "e1"])
        try run(["interview", "answer", "--employee", "e1", "--prompt", "welcome", "--text", "ANSWER-7", "--action", "ACTION-7"])
        return store
    }

    @Test func employeeShowHidesEveryPrivateTextInTextAndJSONUnlessAskedAndThenWarns() throws {
        let store = try Self.storeWithEveryPrivateText()
        defer { try? FileManager.default.removeItem(atPath: store) }
        for format in [[], ["--json"]] {
            let plain = try StoreCommandTests.attend(store, ["employee", "show", "e1"] + format)
            #expect(plain.status == 0, "\(plain.err)")
            for secret in Self.secrets { #expect(!plain.out.contains(secret), "\(format) shows \(secret)") }
            #expect(plain.out.contains("private note"), "\(format): says that private text is held")
            #expect(!plain.err.contains("warning"))

            let shown = try StoreCommandTests.attend(store, ["employee", "show", "e1", "--include-private"] + format)
            #expect(shown.status == 0, "\(shown.err)")
            for secret in Self.secrets { #expect(shown.out.contains(secret), "\(format) with --include-private lacks \(secret)") }
            #expect(shown.err.contains("warning") && shown.err.contains("health"))
        }
        // The stored file keeps every text: redaction is of output only.
        let file = try String(contentsOfFile: "\(store)/employees/e1.json", encoding: .utf8)
        for secret in Self.secrets { #expect(file.contains(secret)) }
    }

    @Test func interviewStartShowsAnswersAndActionsOnlyWhenAsked() throws {
        let store = try Self.storeWithEveryPrivateText()
        defer { try? FileManager.default.removeItem(atPath: store) }
        for format in [[], ["--json"]] {
            let plain = try StoreCommandTests.attend(store, ["interview", "start", "--employee", "e1"] + format)
            #expect(plain.status == 0, "\(plain.err)")
            #expect(!plain.out.contains("ANSWER-7") && !plain.out.contains("ACTION-7"))
            let shown = try StoreCommandTests.attend(store, ["interview", "start", "--employee", "e1", "--include-private"] + format)
            #expect(shown.out.contains("ANSWER-7") && shown.out.contains("ACTION-7"))
            #expect(shown.err.contains("warning"))
        }
    }

    @Test func absenceListHidesHRDecisionNotesUnlessAsked() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("attend-private-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try AttendCLITests.attend(["init", "--demo", "--store", store, "--today", "2026-11-20"]).status == 0)
        let note = "Linked to the condition in his adjustment plan"
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(store)/employees")
        let holder = try #require(files.first { (try? String(contentsOfFile: "\(store)/employees/\($0)", encoding: .utf8))?.contains(note) == true })
        let id = String(holder.dropLast(".json".count))
        for format in [[], ["--json"]] {
            let plain = try StoreCommandTests.attend(store, ["absence", "list", "--employee", id] + format)
            #expect(plain.status == 0, "\(plain.err)")
            #expect(!plain.out.contains(note))
            #expect(plain.out.contains("private note held"))
            let shown = try StoreCommandTests.attend(store, ["absence", "list", "--employee", id, "--include-private"] + format)
            #expect(shown.out.contains(note))
            #expect(shown.err.contains("warning"))
        }
    }
}

import Foundation
import Testing

/// `attend letter`: letters written from the record and the policy, kept in the store with a
/// history entry, listed, and written out again as they were; a bad template or record
/// writes nothing.
@Suite struct LetterCommandTests {
    static func run(_ store: String, _ arguments: [String]) throws -> AttendCLITests.Run { try StoreCommandTests.attend(store, arguments) }

    static func document(_ store: String, _ id: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(store)/employees/\(id).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func mode(_ path: String) throws -> Int {
        try #require((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue)
    }

    @Test func anInvitationIsWrittenKeptWithItsHistoryAndWrittenOutAgainAsItWas() throws {
        let store = try LookupTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let before = try Self.document(store, "aisha-begum")["revision"] as? Int
        let write = try Self.run(store, ["letter", "write", "--employee", "aisha-begum", "--kind", "invitation", "--meeting", "meeting-2"])
        #expect(write.status == 0, "\(write.err)")
        #expect(write.out.contains("Dear Aisha Begum,") && write.out.contains("Stage 1 formal review meeting on Thursday 10 December 2026 at 10:00"))
        #expect(!write.out.contains("[002:"), "no citation in the letter")
        #expect(write.err.contains("Wrote letter-1") && write.err.contains("Checklist for the manager") && write.err.contains("[002:1286]"))
        let doc = try Self.document(store, "aisha-begum")
        #expect(doc["revision"] as? Int == (before ?? 0) + 1)
        let history = try #require(doc["history"] as? [[String: Any]])
        #expect(history.last?["action"] as? String == "letter.write")
        #expect((history.last?["summary"] as? String)?.contains("letter-1 invitation for meeting-2") == true)
        for ext in ["docx", "txt"] {
            let path = "\(store)/letters/aisha-begum/letter-1.\(ext)"
            #expect(try Self.mode(path) == 0o600, "\(ext) is 0600")
        }
        #expect(try Self.mode("\(store)/letters/aisha-begum") == 0o700)
        #expect(try Self.mode("\(store)/letters") == 0o700)
        let twice = try Self.run(store, ["letter", "write", "--employee", "aisha-begum", "--kind", "invitation", "--meeting", "meeting-2"])
        #expect(twice.status == 2 && twice.err.contains("letter-1, written") && twice.err.contains("is this same letter; nothing was written"), "\(twice.err)")
        let list = try Self.run(store, ["letter", "list", "--employee", "Aisha"])
        #expect(list.status == 0 && list.out.contains("letter-1") && list.out.contains("invitation") && list.out.contains("meeting-2"))

        // Moved afterwards: the kept letter still says what was sent.
        let moved = try Self.run(store, ["meeting", "reschedule", "--employee", "aisha-begum", "--id", "meeting-2", "--at", "2026-12-11T14:00",
                                         "--notice-given", "2026-11-20T09:00", "--reason", "room clash"])
        #expect(moved.status == 0, "\(moved.err)")
        let again = try Self.run(store, ["letter", "show", "--employee", "aisha-begum", "--letter", "letter-1"])
        #expect(again.status == 0 && again.out.contains("Thursday 10 December 2026 at 10:00"))
        let docx = "\(store)/../letter-\(UUID().uuidString).docx"
        defer { try? FileManager.default.removeItem(atPath: docx) }
        let out = try Self.run(store, ["letter", "show", "--employee", "aisha-begum", "--letter", "letter-1", "--output", docx])
        #expect(out.status == 0, "\(out.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: docx)).prefix(2) == Data("PK".utf8))
        #expect(try Self.mode(docx) == 0o600)
        let checklist = try Self.run(store, ["letter", "show", "--employee", "aisha-begum", "--letter", "letter-1", "--checklist"])
        #expect(checklist.out.contains("[passed]"))
    }

    @Test func anOutcomeLetterGivesTheWarningsLapseAndTheAppealDeadline() throws {
        let store = try LookupTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let docx = "\(store)/../outcome-\(UUID().uuidString).docx"
        defer { try? FileManager.default.removeItem(atPath: docx) }
        let write = try Self.run(store, ["letter", "write", "--employee", "oliver-bennett", "--kind", "outcome", "--outcome", "stage-2", "--output", docx])
        #expect(write.status == 0, "\(write.err)")
        #expect(write.out.contains("Written to \(docx) (docx)"))
        let text = try Self.run(store, ["letter", "show", "--employee", "oliver-bennett", "--letter", "letter-1", "--format", "text"])
        #expect(text.out.contains("Stage 2 final written warning") && text.out.contains("lapses on"))
        #expect(text.out.contains("within 10 working days of the decision being issued"))
    }

    @Test func aRecordOrKindProblemWritesNothingAndSaysWhatIsAllowed() throws {
        let store = try LookupTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let before = try Self.document(store, "aisha-begum")["revision"] as? Int
        let cases: [([String], String)] = [
            (["--kind", "memo", "--meeting", "meeting-2"], "--kind 'memo' is not allowed; expected one of invitation, outcome"),
            (["--kind", "invitation"], "--meeting is needed for invitation letters; Aisha Begum's meetings: meeting-1"),
            (["--kind", "invitation", "--meeting", "meeting-9"], "no meeting"),
            (["--kind", "appeal-outcome", "--outcome", "stage-1"], "no appeal is recorded against outcome stage-1"),
            (["--kind", "outcome", "--meeting", "meeting-1"], "--meeting does not go with --kind outcome"),
            (["--kind", "invitation", "--meeting", "meeting-2", "--format", "docx"], "give --output FILE.docx"),
            (["--kind", "invitation", "--meeting", "meeting-2", "--date", "2026-12-11"], "is after the meeting on 10/12/2026"),
            (["--kind", "outcome", "--outcome", "stage-1", "--date", "2020-01-01"], "is before the outcome was decided"),
            (["--kind", "invitation", "--meeting", "meeting-2", "--output", "/nonexistent-folder/x.docx"], "does not exist; nothing was written"),
            (["--kind", "invitation", "--meeting", "meeting-2", "--format", "text", "--output", "x.docx"], "names a Word file"),
        ]
        for (arguments, message) in cases {
            let run = try Self.run(store, ["letter", "write", "--employee", "aisha-begum"] + arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.err.contains(message), "\(arguments): \(run.err)")
        }
        #expect(try Self.document(store, "aisha-begum")["revision"] as? Int == before)
        #expect(!FileManager.default.fileExists(atPath: "\(store)/letters"))
    }

    @Test func hrsOwnTemplatesReplaceTheShippedOnesAndABrokenOneIsRefusedByFileAndLine() throws {
        let store = try LookupTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let folder = "\(store)/../letters-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: "\(folder)/newcastle-2016", withIntermediateDirectories: true)
        try "RIVERSIDE SHARED SERVICES · HR\n{{employee.name}}\n\n{{date}}\n".write(toFile: "\(folder)/letterhead.mustache", atomically: true, encoding: .utf8)
        let ours = try Self.run(store, ["letter", "write", "--employee", "aisha-begum", "--kind", "invitation", "--meeting", "meeting-2", "--letters-dir", folder])
        #expect(ours.status == 0, "\(ours.err)")
        #expect(ours.out.hasPrefix("RIVERSIDE SHARED SERVICES · HR\nAisha Begum\n"))
        #expect(ours.out.contains("Dear Aisha Begum,"), "the shipped body, under HR's letterhead")

        let before = try Self.document(store, "aisha-begum")["revision"] as? Int
        try "Dear {{employee.name}},\n\nWe meet at {{meeting.venue}}.\n".write(toFile: "\(folder)/newcastle-2016/invitation.mustache", atomically: true, encoding: .utf8)
        let broken = try Self.run(store, ["letter", "write", "--employee", "aisha-begum", "--kind", "invitation", "--meeting", "meeting-2", "--letters-dir", folder])
        #expect(broken.status == 2)
        #expect(broken.err.contains("newcastle-2016/invitation.mustache line 3: unknown field 'meeting.venue'"), "\(broken.err)")
        #expect(broken.err.contains("meeting.place") && broken.err.contains("no letter was written"))
        #expect(broken.out.isEmpty)
        #expect(try Self.document(store, "aisha-begum")["revision"] as? Int == before)
        try "x".write(toFile: "\(folder)/footer.mustache", atomically: true, encoding: .utf8)
        let unknown = try Self.run(store, ["letter", "write", "--employee", "aisha-begum", "--kind", "invitation", "--meeting", "meeting-2", "--letters-dir", folder])
        #expect(unknown.status == 2 && unknown.err.contains("'footer' is not a letter template name"))
    }

    @Test func theInterviewRecordHoldsTheAnswersOnlyWhenAskedAndOutputsStillHideThem() throws {
        let store = try LookupTests.demo()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let answers = try #require((try Self.document(store, "aisha-begum")["interviews"] as? [[String: Any]])?.first?["answers"] as? [String: String])
        let answer = try #require(answers.values.first { $0.count > 12 })
        let plain = try Self.run(store, ["letter", "write", "--employee", "aisha-begum", "--kind", "interview-record", "--interview", "rtw-1"])
        #expect(plain.status == 0, "\(plain.err)")
        #expect(!plain.out.contains(answer) && plain.out.contains("private health information"))
        let full = try Self.run(store, ["letter", "write", "--employee", "aisha-begum", "--kind", "interview-record", "--interview", "rtw-1", "--include-private"])
        #expect(full.status == 0 && full.out.contains(answer))
        #expect(full.err.contains("warning: this output includes private notes"))
        let list = try Self.run(store, ["letter", "list", "--employee", "aisha-begum"])
        #expect(list.out.contains("letter-2") && list.out.contains("[private] Return-to-work interview record"))
        let json = try Self.run(store, ["employee", "show", "aisha-begum", "--json"])
        #expect(json.status == 0, "\(json.err)")
        #expect(!json.out.contains(answer), "a JSON output without --include-private hides the letter that holds the answers, in the history too")
        let history = try Self.run(store, ["history", "--employee", "aisha-begum", "--json"])
        #expect(!history.out.contains(answer), "the history records the letter by its id, never its text")
    }
}

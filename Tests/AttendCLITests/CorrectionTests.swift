import Foundation
import Testing

/// Issue 12 from the command line: records are corrected or voided with a reason, never
/// erased; every figure follows at once; the history says who, when, why and what changed,
/// field by field, with no private text.
@Suite struct CorrectionTests {
    static func attend(_ store: String, _ arguments: [String]) throws -> AttendCLITests.Run { try StoreCommandTests.attend(store, arguments) }

    /// The Bradford score `triggers --json` gives the one employee.
    static func bradford(_ store: String) throws -> Double? {
        let run = try attend(store, ["triggers", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]]
        return rows?.first?["bradford"] as? Double
    }

    /// Ann (e1) with four short spells and a Stage 1 warning (s-1) under NUL16.
    static func storeWithAStageOneWarning() throws -> String {
        let store = try StoreCommandTests.newStore()
        #expect(try attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        for (from, to) in [("2026-06-01", "2026-06-04"), ("2026-07-06", "2026-07-07"), ("2026-09-07", "2026-09-08"), ("2026-11-16", "2026-11-17")] {
            #expect(try attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", from, "--to", to]).status == 0)
        }
        #expect(try attend(store, ["stage", "record", "--employee", "e1", "--stage", "stage1", "--outcome", "warning", "--review-until", "2027-01-20"]).status == 0)
        return store
    }

    /// How many of e1's warnings are live, as `employee show --json` reports them.
    static func liveWarnings(_ store: String) throws -> Int {
        let show = try attend(store, ["employee", "show", "e1", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any]
        let warnings = (object?["evaluation"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
        return warnings.filter { $0["live"] as? Bool == true }.count
    }

    static func file(_ store: String) throws -> String { try String(contentsOfFile: "\(store)/employees/e1.json", encoding: .utf8) }

    static func storeWithAnAbsenceAndAStrayCall() throws -> String {
        let store = try StoreCommandTests.newStore()
        #expect(try attend(store, ["employee", "add", "--id", "e1", "--name", "Siân Llŷr"]).status == 0)
        #expect(try attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-09-07", "--to", "2026-09-08"]).status == 0)
        let call = try attend(store, ["sickness", "call", "--employee", "e1", "--first-day", "2026-11-16", "--received", "2026-11-16T08:30", "--note", "PRIVATE-WORDS"])
        #expect(call.status == 0, "\(call.err)")
        return store
    }

    @Test func aVoidedAbsenceStopsCountingEverywhereButStaysInTheFileWithItsCall() throws {
        let store = try Self.storeWithAnAbsenceAndAStrayCall()
        defer { try? FileManager.default.removeItem(atPath: store) }
        // Two one- or two-day spells: 2² × (2 + 5) = 28.
        #expect(try Self.bradford(store) == 28)
        let void = try Self.attend(store, ["absence", "void", "--employee", "e1", "--id", "a2", "--reason", "logged for the wrong person"])
        #expect(void.status == 0, "\(void.err)")
        #expect(void.out.contains("Voided absence a2 for Siân Llŷr, with sickness call call-a2"))
        // One spell of two days: 1² × 2 = 2; the list, the export and the person follow.
        #expect(try Self.bradford(store) == 2)
        #expect(!(try Self.attend(store, ["absence", "list", "--employee", "e1"])).out.contains("a2 "))
        let csv = try Self.attend(store, ["export", "csv", "--what", "absences"])
        #expect(!csv.out.contains("2026-11-16"))
        #expect(try Self.attend(store, ["employee", "list"]).out.contains("at work"))
        // Kept whole, with who, when and why, and the store is still valid.
        let file = try Self.file(store)
        #expect(file.contains("\"voided\"") && file.contains("logged for the wrong person") && file.contains("PRIVATE-WORDS"))
        #expect(try Self.attend(store, ["validate"]).status == 0)
        // A voided record cannot be corrected again.
        let again = try Self.attend(store, ["absence", "edit", "--employee", "e1", "--id", "a2", "--to", "2026-11-17", "--reason", "x"])
        #expect(again.status == 2)
        #expect(again.err.contains("absence a2 was voided on 20/11/2026") && again.err.contains("nothing was changed"))
    }

    @Test func anEditedEndChangesTheDaysAndTheScoreAndAnOverlapIsRefused() throws {
        let store = try Self.storeWithAnAbsenceAndAStrayCall()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let edit = try Self.attend(store, ["absence", "edit", "--employee", "e1", "--id", "a1", "--to", "2026-09-10", "--reason", "came back two days later"])
        #expect(edit.status == 0, "\(edit.err)")
        #expect(edit.out.contains("absence a1 end: 2026-09-08 → 2026-09-10"))
        // 2 spells, 4 + 5 = 9 days: 2² × 9 = 36.
        #expect(try Self.bradford(store) == 36)
        let before = try Self.file(store)
        let overlap = try Self.attend(store, ["absence", "edit", "--employee", "e1", "--id", "a1", "--to", "2026-11-17", "--reason", "typo"])
        #expect(overlap.status == 2)
        #expect(overlap.err.contains("overlaps") && overlap.err.contains("(a2)") && overlap.err.contains("nothing was changed"))
        let unknown = try Self.attend(store, ["absence", "edit", "--employee", "e1", "--id", "a9", "--to", "2026-09-09", "--reason", "x"])
        #expect(unknown.status == 2 && unknown.err.contains("expected one of a1, a2"))
        let noReason = try Self.attend(store, ["absence", "edit", "--employee", "e1", "--id", "a1", "--to", "2026-09-09", "--reason", "  "])
        #expect(noReason.status == 2 && noReason.err.contains("--reason is empty"))
        #expect(try Self.file(store) == before)
    }

    @Test func theHistoryRecordsEachFieldWithWhoWhenAndWhyAndNoPrivateText() throws {
        let store = try Self.storeWithAnAbsenceAndAStrayCall()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let edit = try Self.attend(store, ["sickness", "edit", "--employee", "e1", "--id", "call-a2", "--received", "2026-11-16T10:30", "--via", "text",
                                           "--note", "NEW-PRIVATE-WORDS", "--reason", "the call came later, by text", "--actor", "Priya Shah"])
        #expect(edit.status == 0, "\(edit.err)")
        let history = try Self.attend(store, ["history", "--employee", "e1", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(history.out.utf8)) as? [[String: Any]])
        let newest = try #require(entries.first)
        #expect(newest["actor"] as? String == "Priya Shah" && newest["reason"] as? String == "the call came later, by text")
        let changes = newest["changes"] as? [[String: Any]] ?? []
        func change(_ field: String) -> [String: Any]? { changes.first { $0["record"] as? String == "sickness call call-a2" && $0["field"] as? String == field } }
        #expect(change("receivedAt")?["from"] as? String == "2026-11-16T08:30" && change("receivedAt")?["to"] as? String == "2026-11-16T10:30")
        #expect(change("via")?["to"] as? String == "text")
        #expect(change("note")?["private"] as? Bool == true && change("note")?["from"] == nil && change("note")?["to"] == nil)
        // The policy's flags were worked out again: now late and by text.
        #expect((change("flags")?["to"] as? String)?.contains("Late call") == true)
        // No private word anywhere in the history, in text or JSON.
        let text = try Self.attend(store, ["history", "--employee", "e1"])
        #expect(text.out.contains("sickness call call-a2 note: changed (private text, not recorded)"))
        for output in [history.out, text.out] { #expect(!output.contains("PRIVATE-WORDS")) }
        #expect(entries.map { $0["revision"] as? Int } == [4, 3, 2, 1])
    }

    @Test func aSelfCertificateReceivedMarksTheDutyDone() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        // Four calendar days (Mon-Thu) under NUL16: a self-certificate on return (NUL16-CERT-1).
        #expect(try Self.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-11-09", "--to", "2026-11-12"]).status == 0)
        func selfCertificateStatus() throws -> String? {
            let show = try Self.attend(store, ["employee", "show", "e1", "--json"])
            let object = try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any]
            let evaluation = object?["evaluation"] as? [String: Any]
            let duties = (evaluation?["duties"] as? [[String: Any]]) ?? ((evaluation?["spells"] as? [[String: Any]])?.flatMap { ($0["duties"] as? [[String: Any]]) ?? [] } ?? [])
            return duties.first { $0["id"] as? String == "self-certificate" }?["status"] as? String
        }
        #expect(try selfCertificateStatus() == "overdue")
        let add = try Self.attend(store, ["selfcert", "add", "--employee", "e1", "--received", "2026-11-13"])
        #expect(add.status == 0, "\(add.err)")
        #expect(add.out.contains("Recorded self-certificate sc-1") && add.out.contains("Self-certificate duty: done"))
        #expect(try selfCertificateStatus() == "done")
        // Voided, the duty is open again.
        #expect(try Self.attend(store, ["selfcert", "void", "--employee", "e1", "--id", "sc-1", "--reason", "it was for another absence"]).status == 0)
        #expect(try selfCertificateStatus() == "overdue")
        let future = try Self.attend(store, ["selfcert", "add", "--employee", "e1", "--received", "2026-11-25"])
        #expect(future.status == 2 && future.err.contains("in the future"))
    }

    @Test func contactsAndFitNotesAreCorrectedAndVoided() throws {
        let store = try Self.storeWithAnAbsenceAndAStrayCall()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["contact", "add", "--employee", "e1", "--on", "2026-11-17"]).status == 0)
        let contact = try Self.attend(store, ["contact", "edit", "--employee", "e1", "--id", "c-1", "--via", "email", "--reason", "it was an email"])
        #expect(contact.status == 0 && contact.out.contains("contact c-1 via: phone → email"), "\(contact.err)")
        #expect(try Self.attend(store, ["fitnote", "add", "--employee", "e1", "--from", "2026-11-16", "--to", "2026-11-20", "--received", "2026-11-18"]).status == 0)
        let fit = try Self.attend(store, ["fitnote", "edit", "--employee", "e1", "--id", "fn-1", "--to", "2026-11-27", "--reason", "misread the date"])
        #expect(fit.status == 0 && fit.out.contains("fit note fn-1 to: 2026-11-20 → 2026-11-27"), "\(fit.err)")
        let backwards = try Self.attend(store, ["fitnote", "edit", "--employee", "e1", "--id", "fn-1", "--to", "2026-11-01", "--reason", "x"])
        #expect(backwards.status == 2 && backwards.err.contains("before it starts"))
        #expect(try Self.attend(store, ["contact", "void", "--employee", "e1", "--id", "c-1", "--reason", "duplicate"]).status == 0)
        #expect(!(try Self.file(store)).contains("\"contacts\" : [\n    {"))
        #expect(try Self.attend(store, ["oh-referral", "--employee", "e1", "--on", "2026-11-18"]).status == 0)
        #expect(try Self.attend(store, ["oh-referral", "void", "--employee", "e1", "--id", "oh-1", "--reason", "not sent"]).status == 0)
        #expect(try Self.attend(store, ["validate"]).status == 0)
    }

    @Test func aWarningOverturnedOnAppealIsNoLongerLive() throws {
        let store = try Self.storeWithAStageOneWarning()
        defer { try? FileManager.default.removeItem(atPath: store) }
        func liveWarnings() throws -> Int { try Self.liveWarnings(store) }
        #expect(try liveWarnings() == 1)
        let appeal = try Self.attend(store, ["stage", "record", "--employee", "e1", "--record", "s-1", "--appeal-lodged", "2026-11-20", "--appeal-heard", "2026-11-20", "--appeal-result", "upheld"])
        #expect(appeal.status == 0, "\(appeal.err)")
        #expect(try liveWarnings() == 0)
        // A second warning, withdrawn by HR: not live either, and the reason is kept.
        #expect(try Self.attend(store, ["stage", "record", "--employee", "e1", "--stage", "stage1", "--outcome", "warning", "--review-until", "2027-01-20", "--again"]).status == 0)
        #expect(try liveWarnings() == 1)
        let withdraw = try Self.attend(store, ["stage", "withdraw-warning", "--employee", "e1", "--id", "s-2", "--reason", "procedure not followed"])
        #expect(withdraw.status == 0, "\(withdraw.err)")
        #expect(try liveWarnings() == 0)
        #expect(try Self.file(store).contains("procedure not followed"))
    }
}

/// HR decisions, interview reopening and the ids every add returns (issue 12).
@Suite struct MoreCorrectionTests {
    @Test func anHRDecisionIsRecordedChangedWithAReasonAndWithdrawn() throws {
        let store = try CorrectionTests.storeWithAnAbsenceAndAStrayCall()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try CorrectionTests.bradford(store) == 28)
        let decide = try StoreCommandTests.attend(store, ["absence", "decide", "--employee", "e1", "--id", "a2", "--counts", "no", "--note", "HR-NOTE-7"])
        #expect(decide.status == 0, "\(decide.err)")
        #expect(try CorrectionTests.bradford(store) == 2)
        let change = try StoreCommandTests.attend(store, ["absence", "decide", "--employee", "e1", "--id", "a2", "--counts", "yes"])
        #expect(change.status == 2 && change.err.contains("give --reason"))
        #expect(try StoreCommandTests.attend(store, ["absence", "decide", "--employee", "e1", "--id", "a2", "--counts", "yes", "--reason", "advice was wrong"]).status == 0)
        #expect(try CorrectionTests.bradford(store) == 28)
        #expect(try StoreCommandTests.attend(store, ["absence", "decide", "--employee", "e1", "--id", "a2", "--clear", "--reason", "not needed"]).status == 0)
        let history = try StoreCommandTests.attend(store, ["history", "--employee", "e1"]).out
        #expect(history.contains("hr-decision.edit") && history.contains("hr-decision.void") && history.contains("absence a2 hrDecision.counts: no → yes"))
        #expect(!history.contains("HR-NOTE-7"))
    }

    @Test func aSignedOffInterviewIsReopenedWithAReason() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        #expect(try StoreCommandTests.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-11-16", "--to", "2026-11-17"]).status == 0)
        #expect(try StoreCommandTests.attend(store, ["interview", "start", "--employee", "e1"]).status == 0)
        #expect(try StoreCommandTests.attend(store, ["interview", "finish", "--employee", "e1", "--signed-off-by", "M", "--allow-unanswered"]).status == 0)
        let reopen = try StoreCommandTests.attend(store, ["interview", "reopen", "--employee", "e1", "--id", "rtw-a1", "--reason", "signed off too early"])
        #expect(reopen.status == 0, "\(reopen.err)")
        #expect(reopen.out.contains("it was signed off by M"))
        let again = try StoreCommandTests.attend(store, ["interview", "reopen", "--employee", "e1", "--id", "rtw-a1", "--reason", "x"])
        #expect(again.status == 2 && again.err.contains("is a draft already"))
        #expect(try StoreCommandTests.attend(store, ["interview", "answer", "--employee", "e1", "--prompt", "welcome", "--text", "done"]).status == 0)
    }

    @Test func everyAddReturnsTheNewIdInJSONWithoutPrivateText() throws {
        let store = try CorrectionTests.storeWithAnAbsenceAndAStrayCall()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let cases: [([String], String)] = [
            (["contact", "add", "--employee", "e1", "--on", "2026-11-17", "--note", "SECRET-NOTE", "--json"], "c-1"),
            (["fitnote", "add", "--employee", "e1", "--from", "2026-11-16", "--to", "2026-11-20", "--received", "2026-11-18", "--adjustments", "SECRET-NOTE", "--json"], "fn-1"),
            (["oh-referral", "--employee", "e1", "--on", "2026-11-18", "--note", "SECRET-NOTE", "--json"], "oh-1"),
            (["selfcert", "add", "--employee", "e1", "--received", "2026-11-18", "--json"], "sc-1"),
        ]
        for (arguments, id) in cases {
            let run = try StoreCommandTests.attend(store, arguments)
            #expect(run.status == 0, "\(arguments): \(run.err)")
            let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
            #expect(object?["id"] as? String == id, "\(arguments): \(run.out)")
            #expect(!run.out.contains("SECRET-NOTE"))
        }
    }
}

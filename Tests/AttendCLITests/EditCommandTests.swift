import Foundation
import Testing

/// `selfcert edit`, `oh-referral edit` and `stage edit` (issue 12): each changes only the fields
/// given, with a reason kept field by field in the history, and refuses what the add refuses.
@Suite struct EditCommandTests {
    static func attend(_ store: String, _ arguments: [String]) throws -> AttendCLITests.Run { try StoreCommandTests.attend(store, arguments) }

    @Test func aSelfCertificatesReceivedDayIsCorrectedAndItsDutyFollows() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        #expect(try Self.attend(store, ["absence", "add", "--employee", "e1", "--type", "sickness", "--from", "2026-11-09", "--to", "2026-11-12"]).status == 0)
        #expect(try Self.attend(store, ["selfcert", "add", "--employee", "e1", "--received", "2026-11-13"]).status == 0)
        let edit = try Self.attend(store, ["selfcert", "edit", "--employee", "e1", "--id", "sc-1", "--received", "2026-11-16", "--reason", "handed in on Monday"])
        #expect(edit.status == 0, "\(edit.err)")
        #expect(edit.out.contains("self-certificate sc-1 received: 2026-11-13 → 2026-11-16"))
        let early = try Self.attend(store, ["selfcert", "edit", "--employee", "e1", "--id", "sc-1", "--received", "2026-11-01", "--reason", "x"])
        #expect(early.status == 2 && early.err.contains("before absence a1 starts") && early.err.contains("nothing was changed"))
        let same = try Self.attend(store, ["selfcert", "edit", "--employee", "e1", "--id", "sc-1", "--received", "2026-11-16", "--reason", "x"])
        #expect(same.status == 2 && same.err.contains("already has those values"))
        let none = try Self.attend(store, ["selfcert", "edit", "--employee", "e1", "--id", "sc-1", "--reason", "x"])
        #expect(none.status == 2 && none.err.contains("nothing to change"))
        let history = try Self.attend(store, ["history", "--employee", "e1"]).out
        #expect(history.contains("self-certificate.edit") && history.contains("handed in on Monday"))
    }

    @Test func aReferralIsCorrectedAndItsPrivateNoteNeverReachesTheHistory() throws {
        let store = try CorrectionTests.storeWithAnAbsenceAndAStrayCall()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try Self.attend(store, ["oh-referral", "--employee", "e1", "--on", "2026-11-18", "--note", "OLD-NOTE-1"]).status == 0)
        let edit = try Self.attend(store, ["oh-referral", "edit", "--employee", "e1", "--id", "oh-1", "--on", "2026-11-19", "--note", "NEW-NOTE-2", "--reason", "sent the next day"])
        #expect(edit.status == 0, "\(edit.err)")
        #expect(edit.out.contains("referredOn: 2026-11-18 → 2026-11-19"))
        let history = try Self.attend(store, ["history", "--employee", "e1", "--json"]).out
        #expect(history.contains("note") && !history.contains("OLD-NOTE-1") && !history.contains("NEW-NOTE-2"))
        let future = try Self.attend(store, ["oh-referral", "edit", "--employee", "e1", "--id", "oh-1", "--on", "2026-12-30", "--reason", "x"])
        #expect(future.status == 2 && future.err.contains("in the future"))
        let unknown = try Self.attend(store, ["oh-referral", "edit", "--employee", "e1", "--id", "oh-9", "--on", "2026-11-19", "--reason", "x"])
        #expect(unknown.status == 2 && unknown.err.contains("oh-1"), "the message names the ids there are: \(unknown.err)")
    }

    @Test func aStageOutcomeIsCorrectedWithThePolicysChecksAndAWrongWarningIsTakenOff() throws {
        let store = try CorrectionTests.storeWithAStageOneWarning()
        defer { try? FileManager.default.removeItem(atPath: store) }
        // The policy's review period range still applies (NUL16 stage 1: at most 3 months).
        let tooLong = try Self.attend(store, ["stage", "edit", "--employee", "e1", "--id", "s-1", "--review-until", "2027-12-20", "--reason", "x"])
        #expect(tooLong.status == 2 && tooLong.err.contains("--review-until: longer than the maximum of 3 months") && tooLong.err.contains("nothing was changed"))
        let review = try Self.attend(store, ["stage", "edit", "--employee", "e1", "--id", "s-1", "--review-until", "2027-02-20", "--reason", "agreed at the meeting"])
        #expect(review.status == 0, "\(review.err)")
        #expect(review.out.contains("reviewPeriodEnd: 2027-01-20 → 2027-02-20"))
        let appeal = try Self.attend(store, ["stage", "edit", "--employee", "e1", "--id", "s-1", "--appeal-lodged", "2026-11-20", "--appeal-result", "dismissed", "--reason", "appeal letter"])
        #expect(appeal.status == 0, "\(appeal.err)")
        func liveWarnings() throws -> Int { try CorrectionTests.liveWarnings(store) }
        #expect(try liveWarnings() == 1)
        let noWarning = try Self.attend(store, ["stage", "edit", "--employee", "e1", "--id", "s-1", "--outcome", "no-warning", "--reason", "the panel decided no warning"])
        #expect(noWarning.status == 0, "\(noWarning.err)")
        #expect(noWarning.out.contains("no longer on this record"))
        #expect(try liveWarnings() == 0)
        // The same appeal checks when the appeal is recorded as it goes.
        let future = try Self.attend(store, ["stage", "record", "--employee", "e1", "--record", "s-1", "--appeal-heard", "2026-12-24"])
        #expect(future.status == 2 && future.err.contains("is in the future") && future.err.contains("nothing was saved"))
        let removeWithoutReason = try Self.attend(store, ["stage", "record", "--employee", "e1", "--record", "s-1", "--appeal-lodged", "none"])
        #expect(removeWithoutReason.status == 2 && removeWithoutReason.err.contains("stage edit"))
        let bad = try Self.attend(store, ["stage", "edit", "--employee", "e1", "--id", "s-1", "--appeal-result", "maybe", "--reason", "x"])
        #expect(bad.status == 2 && bad.err.contains("upheld, dismissed, varied or pending"))
        #expect(try Self.attend(store, ["validate"]).status == 0)
    }
}

/// `employee edit` and `manager edit` (issue 12): the addresses invitations need can be added
/// to an existing store, with a reason, one document at a time.
@Suite struct DetailsEditTests {
    @Test func anEmployeesAddressAndTeamAreCorrectedAndAnUnknownTeamIsRefused() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e1", "--name", "Siân Llŷr", "--team", "t1", "--manager", "m1"]).status == 0)
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e2", "--name", "Wei Chen", "--team", "t2", "--manager", "m2"]).status == 0)
        let email = try StoreCommandTests.attend(store, ["employee", "edit", "--employee", "e1", "--email", "sian@example.org", "--reason", "for invitations"])
        #expect(email.status == 0, "\(email.err)")
        #expect(email.out.contains("employee email: none → sian@example.org"))
        let bad = try StoreCommandTests.attend(store, ["employee", "edit", "--employee", "e1", "--email", "sian at example", "--reason", "x"])
        #expect(bad.status == 2 && bad.err.contains("--email") && bad.err.contains("not an e-mail address"))
        let unknown = try StoreCommandTests.attend(store, ["employee", "edit", "--employee", "e1", "--team", "nowhere", "--reason", "x"])
        #expect(unknown.status == 2 && unknown.err.contains("expected one of t1, t2"))
        let moved = try StoreCommandTests.attend(store, ["employee", "edit", "--employee", "e1", "--team", "t2", "--reason", "moved team"])
        #expect(moved.status == 0, "\(moved.err)")
        let show = try StoreCommandTests.attend(store, ["employee", "show", "e1", "--json"]).out
        #expect(show.contains("\"managerId\" : \"m2\"") && show.contains("sian@example.org"))
        let same = try StoreCommandTests.attend(store, ["employee", "edit", "--employee", "e1", "--team", "t2", "--reason", "x"])
        #expect(same.status == 2 && same.err.contains("already has those details"))
        let history = try StoreCommandTests.attend(store, ["history", "--employee", "e1"]).out
        #expect(history.contains("employee.edit") && history.contains("moved team"))
    }

    @Test func aManagersAddressIsSetWithAReasonAndListed() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann", "--team", "t1", "--manager", "m1"]).status == 0)
        let edit = try StoreCommandTests.attend(store, ["manager", "edit", "--id", "m1", "--name", "Rhian Evans", "--email", "rhian@example.org", "--reason", "set up"])
        #expect(edit.status == 0, "\(edit.err)")
        #expect(edit.out.contains("name: m1 → Rhian Evans") && edit.out.contains("email: none → rhian@example.org"))
        let list = try StoreCommandTests.attend(store, ["manager"]).out
        #expect(list.contains("Rhian Evans") && list.contains("rhian@example.org") && list.contains("t1"))
        let unknown = try StoreCommandTests.attend(store, ["manager", "edit", "--id", "m9", "--email", "x@example.org", "--reason", "x"])
        #expect(unknown.status == 2 && unknown.err.contains("expected one of m1"))
        let organisation = try String(contentsOfFile: "\(store)/organisation.json", encoding: .utf8)
        #expect(organisation.contains("\"action\" : \"manager.edit\"") && organisation.contains("\"reason\" : \"set up\""))
    }
}

/// Duties from day 1 (issue 13): a logged call shows what the policy will ask for if the
/// absence goes on, each with its date, not only what is due already.
@Suite struct PlanAheadTests {
    @Test func aCallShowsTheWholePlanWithDatesFromTheFirstDay() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann"]).status == 0)
        let call = try StoreCommandTests.attend(store, ["sickness", "call", "--employee", "e1", "--received", "2026-11-20T08:30"])
        #expect(call.status == 0, "\(call.err)")
        // NUL16: a fit note from day 8 and the employee's contact on day 8 (s10.1 [002:1133]);
        // a self-certificate on return after 4 or more days (s9.1 [002:1129]).
        #expect(call.out.contains("If the absence goes on:"))
        #expect(call.out.contains("from 27/11/2026: Fit note covering day 8"))
        #expect(call.out.contains("from 27/11/2026: Employee contacts the manager on day 8"))
        #expect(call.out.contains("on return if off 4 days or more: Self-certificate"))
        // What is listed as due already is not listed twice.
        let plan = call.out.components(separatedBy: "If the absence goes on:").last ?? ""
        #expect(!plan.contains("Occupational health referral (absence 20 working days)"))
    }
}

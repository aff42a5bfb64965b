import AttendanceLetters
import AttendanceRules
import AttendanceStore
import Foundation
import Testing
import TestSupport

/// A few letters word for word, read and checked against the policies' numbers when they
/// were written (`ATTEND_UPDATE_GOLDEN=1 swift test --filter GoldenLetterTests` rewrites them;
/// read the diff before committing it).
@Suite struct GoldenLetterTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ name: String, _ request: LetterRequest) throws {
        let letter = try LetterWriter(templates: LetterFixtures.templates(for: request.policy.id)).write(request)
        let text = letter.document.plainText + "\n----- checklist for the manager -----\n" + letter.content.checklist.map(\.line).joined(separator: "\n") + "\n"
        let file = Self.folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["ATTEND_UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden"), "golden file \(name).txt")
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "\(name) differs from Golden/\(name).txt:\n\(text)")
    }

    /// NUL16 Stage 1: 48 hours' notice (s21.2.1 [002:1270]), the right to a trade union
    /// representative or colleague, the outcomes with the 6-month warning and 1–3 month review.
    @Test func aNewcastleStageOneInvitation() throws {
        let policy = ShippedFixtures.policy("newcastle-2016")
        try check("newcastle-2016-invitation-stage1", LetterFixtures.request(.invitation, policy: policy, date: "2026-11-23", meeting: "mt-stage1"))
    }

    /// NOTTS Stage 1 warning (a Written Improvement Notice, 12 months [001:40-41]) issued on
    /// Tue 22 Dec 2026 and handed over on the 23rd: the appeal's 7 working days from receipt
    /// [001:73] run over Christmas and New Year to Wed 6 Jan 2027 in England.
    @Test func aNottinghamshireWarningOverChristmas() throws {
        let policy = ShippedFixtures.policy("notts-police-2019")
        var person = LetterFixtures.employee(policy: policy)
        person.stages = person.stages.map { var s = $0; s.decidedOn = ShippedFixtures.day("2026-12-22"); s.appeal = nil; s.reviewPeriodEnd = nil
            s.warning = WarningRecord(stage: s.stage, issued: ShippedFixtures.day("2026-12-22")); return s }
        try check("notts-police-2019-outcome-stage1-christmas", LetterFixtures.request(.outcome, policy: policy, employee: person, date: "2026-12-23", outcome: "o-stage1"))
    }

    /// NUL16 Stage 2 final written warning (9 months, s21.3 [002:1337]) issued on Mon 22 Mar
    /// 2027 in Scotland: 10 working days from issue [002:1327] across Good Friday (no Easter
    /// Monday in Scotland) to Tue 6 Apr 2027.
    @Test func aNewcastleFinalWarningOverEasterInScotland() throws {
        let policy = ShippedFixtures.policy("newcastle-2016")
        var person = LetterFixtures.employee(policy: policy)
        person.stages = person.stages.map { var s = $0; s.decidedOn = ShippedFixtures.day("2027-03-22"); s.appeal = nil; s.reviewPeriodEnd = nil
            s.warning = WarningRecord(stage: s.stage, issued: ShippedFixtures.day("2027-03-22")); return s }
        person.meetings = person.meetings.map { var m = $0; m.at = LetterFixtures.time("2027-03-22T10:00"); m.noticeGiven = LetterFixtures.time("2027-03-10T09:00"); return m }
        try check("newcastle-2016-outcome-stage2-easter-scotland", LetterFixtures.request(.outcome, policy: policy, employee: person, nation: .scotland, date: "2027-03-23", outcome: "o-stage2"))
    }

    /// Cafcass Stage 3 hearing: 10 working days' notice and papers 5 working days before
    /// (s2.3.4 [004:259-263]), the possible outcomes including dismissal.
    @Test func aCafcassCapabilityHearingInvitation() throws {
        let policy = ShippedFixtures.policy("cafcass-2017")
        try check("cafcass-2017-invitation-stage3", LetterFixtures.request(.invitation, policy: policy, date: "2026-11-23", meeting: "mt-stage3"))
    }

    /// The interview record as HR files it, without the private answers.
    @Test func aReturnToWorkInterviewRecord() throws {
        let policy = ShippedFixtures.policy("newcastle-2016")
        try check("newcastle-2016-interview-record", LetterFixtures.request(.interviewRecord, policy: policy, interview: "i1"))
    }
}

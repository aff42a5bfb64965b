import AttendanceLetters
import AttendanceRules
import AttendanceStore
import Testing
import TestSupport

/// Appeal deadlines count organisation working days in the person's nation (AMB-01), from
/// the outcome's receipt (NOTTS [001:73], CAF s2.3.3 [004:255]) or issue (NUL16 s21.3
/// [002:1327], s21.4 [002:1381]); the letter states the day, and the policy's own meeting
/// check agrees with it at the boundary.
@Suite struct AppealDeadlineTests {
    static func deadline(_ policy: String, stage: String, from day: String, _ nation: Nation) -> AppealDeadline? {
        AppealDeadline(policy: ShippedFixtures.policy(policy), stage: stage, issued: ShippedFixtures.day(day), received: ShippedFixtures.day(day),
                       calendar: .organisation(nation: nation, holidays: ShippedFixtures.holidays))
    }

    @Test(arguments: [
        // NOTTS: 7 working days from receipt on Wed 23 Dec 2026. England and Wales skips
        // Christmas (Fri 25), Boxing Day's substitute (Mon 28) and New Year's Day (Fri 1 Jan).
        ("notts-police-2019", "stage1", "2026-12-23", Nation.englandAndWales, "2027-01-06"),
        // Scotland also keeps 2 January, a Saturday in 2027, on Monday 4 January.
        ("notts-police-2019", "stage1", "2026-12-23", Nation.scotland, "2027-01-07"),
        ("notts-police-2019", "stage2", "2026-12-23", Nation.northernIreland, "2027-01-06"),
        // NUL16 Stage 2: 10 working days from the warning's issue on Mon 22 Mar 2027, across
        // Good Friday (26 Mar) and Easter Monday (29 Mar) in England; Scotland has no Easter Monday.
        ("newcastle-2016", "stage2", "2027-03-22", Nation.englandAndWales, "2027-04-07"),
        ("newcastle-2016", "stage3", "2027-03-22", Nation.scotland, "2027-04-06"),
        // Cafcass Stage 3: 10 working days from receipt on Mon 15 Mar 2027. Northern Ireland
        // also keeps St Patrick's Day (Wed 17 Mar).
        ("cafcass-2017", "stage3", "2027-03-15", Nation.northernIreland, "2027-04-01"),
        ("cafcass-2017", "stage3", "2027-03-15", Nation.englandAndWales, "2027-03-31"),
    ])
    func theAppealDeadlineCountsWorkingDaysOfThePersonsNation(_ policy: String, _ stage: String, _ from: String, _ nation: Nation, _ expected: String) throws {
        let found = try #require(Self.deadline(policy, stage: stage, from: from, nation))
        #expect(found.lastDay == ShippedFixtures.day(expected), "\(policy) \(stage) from \(from) in \(nation.name)")
    }

    @Test func aStageWithNoAppealInThePolicyHasNoDeadline() {
        #expect(Self.deadline("newcastle-2016", stage: "stage1", from: "2026-12-01", .englandAndWales) == nil, "AMB-15: NUL16 states no Stage 1 appeal")
        #expect(Self.deadline("cafcass-2017", stage: "stage2", from: "2026-12-01", .englandAndWales) == nil)
        #expect(Self.deadline("police-asm", stage: "asm", from: "2026-12-01", .englandAndWales) == nil)
    }

    @Test func theLetterStatesTheDeadlineTheMeetingCheckEnforces() throws {
        let policy = ShippedFixtures.policy("notts-police-2019")
        var person = LetterFixtures.employee(policy: policy)
        person.stages = person.stages.map { var s = $0; s.decidedOn = ShippedFixtures.day("2026-12-22"); s.appeal = nil
            s.warning = WarningRecord(stage: s.stage, issued: ShippedFixtures.day("2026-12-22")); return s }
        let request = LetterFixtures.request(.outcome, policy: policy, employee: person, date: "2026-12-23", outcome: "o-stage1")
        let letter = try LetterWriter(templates: LetterFixtures.templates(for: policy.id)).write(request)
        let text = letter.document.plainText
        #expect(text.contains("within 7 working days of receiving this letter: by Wednesday 6 January 2027 if you receive it on 23 December 2026."), "\(text)")
        #expect(letter.content.checklist.contains { $0.text.contains("Christmas Day") && $0.text.contains("Boxing Day") }, "the checklist shows the bank holidays skipped")
        // The policy's own appeal check passes on the last day and fails the day after.
        let scheduler = MeetingScheduler(policy: policy, calendar: request.calendar)
        func lodged(_ day: String) throws -> Bool {
            let report = try scheduler.check(kind: "appeal", MeetingCheckInput(noticeGiven: LetterFixtures.time("2027-01-08T09:00"), meeting: LetterFixtures.time("2027-01-20T10:00"),
                                                                               outcomeReceived: ShippedFixtures.day("2026-12-23"), appealLodged: ShippedFixtures.day(day)))
            return try #require(report.checks.first { $0.id == "appeal-7wd" }).ok
        }
        #expect(try lodged("2027-01-06"))
        #expect(try !lodged("2027-01-07"))
    }

    @Test func aPostedOutcomeLetterRunsTheAppealFromItsDeemedReceipt() throws {
        // Post is deemed received 2 working days after sending (noticeDelivery.post).
        let policy = ShippedFixtures.policy("cafcass-2017")
        let request = LetterFixtures.request(.outcome, policy: policy, date: "2026-12-09", outcome: "o-stage3", delivery: .post)
        let text = try LetterWriter(templates: LetterFixtures.templates(for: policy.id)).write(request).document.plainText
        // Received Fri 11 Dec 2026; 10 working days skip Christmas Day (Fri 25) and Boxing
        // Day's substitute (Mon 28): the tenth is Tue 29 Dec.
        let received = policy.noticeDelivery.post.addWorkingDays
        #expect(received == 2)
        #expect(text.contains("if you receive it on 11 December 2026"), "\(text)")
        #expect(text.contains("by Tuesday 29 December 2026"), "\(text)")
    }
}

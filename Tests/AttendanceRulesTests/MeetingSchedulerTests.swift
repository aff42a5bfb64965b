import AttendanceRules
import Testing

/// Meeting scheduling checks: 48 hours; 5, 7 and 10 working days; within 5 working days of return;
/// papers before a hearing; appeals; across Christmas, Easter and the clock changes.
@Suite struct MeetingSchedulerTests {
    static func scheduler(_ policy: String, _ nation: Nation = .englandAndWales) -> MeetingScheduler {
        MeetingScheduler(policy: Fixtures.policy(policy), calendar: .organisation(nation: nation, holidays: Fixtures.holidays))
    }

    static func check(_ policy: String, _ kind: String, _ input: MeetingCheckInput, nation: Nation = .englandAndWales) throws -> MeetingCheckReport {
        try scheduler(policy, nation).check(kind: kind, input)
    }

    @Test func fortyEightHoursExactlyPassesAndOneMinuteLessFails() throws {
        let pass = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(noticeGiven: Fixtures.time("2026-11-23T10:00"), meeting: Fixtures.time("2026-11-25T10:00")))
        let fail = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(noticeGiven: Fixtures.time("2026-11-23T10:00"), meeting: Fixtures.time("2026-11-25T09:59")))
        #expect(pass.ok)
        #expect(!fail.ok)
        #expect(fail.checks.first?.source == "NUL16 s21.2.1 [002:1270]")
        #expect(fail.earliestValid == Fixtures.time("2026-11-25T10:00"))
    }

    @Test func checkMessagesGiveDatesInUKFormAndCountsInTheRightNumber() throws {
        let fail = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(noticeGiven: Fixtures.time("2026-11-23T10:00"), meeting: Fixtures.time("2026-11-24T11:00")))
        let required = fail.checks.first?.required ?? ""
        #expect(required.contains("25/11/2026 10:00") && required.contains("48 hours after notice received 23/11/2026 10:00"), "\(required)")
        #expect(!required.contains("2026-11"))
        #expect(fail.checks.first?.actual == "25 hours of notice")
        #expect(Plural.of(1, "hour") == "1 hour" && Plural.of(1, "person", "people") == "1 person" && Plural.of(3, "person", "people") == "3 people")
        #expect(Plural.of(0, "working day") == "0 working days")
    }

    @Test func fortyEightHoursAcrossTheClocksGoingBackIsClockTime() throws {
        // 25 Oct 2026 the clocks go back: Fri 10:00 to Sun 09:00 wall time is 48 elapsed hours.
        let report = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(noticeGiven: Fixtures.time("2026-10-23T10:00"), meeting: Fixtures.time("2026-10-26T09:00")))
        #expect(report.checks.first?.actual == "72 hours of notice")
        let tight = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(noticeGiven: Fixtures.time("2026-10-23T10:00"), meeting: Fixtures.time("2026-10-25T09:30")))
        #expect(tight.checks.first?.ok == true)
        // The earliest valid time is the next working day in meeting hours.
        #expect(tight.earliestValid == Fixtures.time("2026-10-26T09:00"))
    }

    @Test func stageOneInvitationMustBeIssuedWithinFiveWorkingDaysOfReturn() throws {
        // Returned Fri 20 Nov 2026: day 0; 5 working days later is Fri 27 Nov.
        let late = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(
            noticeGiven: Fixtures.time("2026-11-30T09:00"), meeting: Fixtures.time("2026-12-03T09:00"), returned: Fixtures.day("2026-11-20")))
        let onTime = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(
            noticeGiven: Fixtures.time("2026-11-27T09:00"), meeting: Fixtures.time("2026-12-01T09:00"), returned: Fixtures.day("2026-11-20")))
        #expect(!late.ok)
        #expect(onTime.ok)
    }

    @Test func withoutTheReturnDateTheFiveDayCheckIsSkippedNamingTheOption() throws {
        let report = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(noticeGiven: Fixtures.time("2026-11-23T10:00"), meeting: Fixtures.time("2026-11-26T10:00"), place: "Room 2"))
        #expect(report.skipped.map(\.needs) == ["--returned"])
    }

    @Test func fiveWorkingDaysNoticeAcrossChristmas() throws {
        // Received Thu 17 Dec 2026: clear days 18, 21, 22, 23, 24 Dec; 25, 28 Dec and 1 Jan are bank holidays.
        let tooSoon = try Self.check("newcastle-2016", "stage1-review", MeetingCheckInput(noticeGiven: Fixtures.time("2026-12-17T15:00"), meeting: Fixtures.time("2026-12-24T10:00")))
        #expect(!tooSoon.ok)
        #expect(tooSoon.earliestValid == Fixtures.time("2026-12-29T09:00"))
        let ok = try Self.check("newcastle-2016", "stage1-review", MeetingCheckInput(noticeGiven: Fixtures.time("2026-12-17T15:00"), meeting: Fixtures.time("2026-12-29T10:00")))
        #expect(ok.ok)
    }

    @Test func fiveWorkingDaysNoticeAcrossEasterDiffersInScotland() throws {
        // Notice Wed 24 Mar 2027; Good Friday 26 Mar, Easter Monday 29 Mar (not in Scotland).
        // E&W clear days: 25, 30, 31 Mar, 1, 2 Apr → earliest Mon 5 Apr. Scotland: 25, 29, 30, 31 Mar, 1 Apr → Fri 2 Apr.
        let input = MeetingCheckInput(noticeGiven: Fixtures.time("2027-03-24T09:00"), meeting: Fixtures.time("2027-04-02T10:00"))
        #expect(try !Self.check("newcastle-2016", "stage2", input).ok)
        #expect(try Self.check("newcastle-2016", "stage2", input, nation: .scotland).ok)
        #expect(try Self.check("newcastle-2016", "stage2", input).earliestValid == Fixtures.time("2027-04-05T09:00"))
    }

    @Test func postedNoticeIsReceivedTwoWorkingDaysLater() throws {
        // Posted Fri 4 Dec 2026 → received Tue 8 Dec; 7 clear working days → earliest Fri 18 Dec.
        let report = try Self.check("cafcass-2017", "stage1", MeetingCheckInput(
            noticeGiven: Fixtures.time("2026-12-04T16:00"), meeting: Fixtures.time("2026-12-17T10:00"), delivery: .post))
        #expect(report.noticeReceived == Fixtures.time("2026-12-08T09:00"))
        #expect(!report.ok)
        #expect(report.earliestValid == Fixtures.time("2026-12-18T09:00"))
    }

    @Test func emailAfterTheCutOffIsReceivedNextWorkingDay() throws {
        let scheduler = Self.scheduler("newcastle-2016")
        #expect(scheduler.received(Fixtures.time("2026-11-27T17:00"), by: .email) == Fixtures.time("2026-11-30T09:00"))
        #expect(scheduler.received(Fixtures.time("2026-11-27T11:00"), by: .email) == Fixtures.time("2026-11-27T11:00"))
    }

    @Test func cafcassStageThreeNeedsTenWorkingDaysAndPapersFiveDaysBefore() throws {
        let input = MeetingCheckInput(noticeGiven: Fixtures.time("2027-01-04T09:00"), meeting: Fixtures.time("2027-01-19T10:00"), papersSent: Fixtures.day("2027-01-12"))
        let report = try Self.check("cafcass-2017", "stage3", input)
        // 10 clear days strictly between Mon 4 Jan and Tue 19 Jan: 5..8, 11..15, 18 = 10; papers by 12 Jan.
        #expect(report.ok)
        var late = input
        late.papersSent = Fixtures.day("2027-01-13")
        #expect(try !Self.check("cafcass-2017", "stage3", late).ok)
    }

    @Test func nottsAppealMustBeLodgedWithinSevenWorkingDaysOfReceipt() throws {
        var input = MeetingCheckInput(noticeGiven: Fixtures.time("2026-12-01T09:00"), meeting: Fixtures.time("2026-12-10T10:00"),
                                      outcomeReceived: Fixtures.day("2026-11-20"), appealLodged: Fixtures.day("2026-12-01"))
        #expect(try Self.check("notts-police-2019", "appeal", input).ok)
        input.appealLodged = Fixtures.day("2026-12-02")
        #expect(try !Self.check("notts-police-2019", "appeal", input).ok)
    }

    @Test func newcastle2008InterviewSixWorkingDaysAfterReturnBreachesTheFiveDayRule() throws {
        // T-25: returned Mon 16 Nov 2026; 5 working days later is Mon 23 Nov; Tue 24 Nov is too late.
        let late = try Self.check("newcastle-2008", "rtw", MeetingCheckInput(
            noticeGiven: Fixtures.time("2026-11-16T09:00"), meeting: Fixtures.time("2026-11-24T10:00"), returned: Fixtures.day("2026-11-16")))
        let inTime = try Self.check("newcastle-2008", "rtw", MeetingCheckInput(
            noticeGiven: Fixtures.time("2026-11-16T09:00"), meeting: Fixtures.time("2026-11-23T10:00"), returned: Fixtures.day("2026-11-16")))
        #expect(late.checks.first { $0.id == "rtw-within-5wd" }?.ok == false)
        #expect(inTime.checks.first { $0.id == "rtw-within-5wd" }?.ok == true)
        #expect(!late.ok)
    }

    @Test func unknownKindIsRefusedNamingTheKindsThePolicyHas() {
        #expect {
            _ = try Self.check("newcastle-2016", "asm", MeetingCheckInput(noticeGiven: Fixtures.time("2026-11-23T10:00"), meeting: Fixtures.time("2026-11-26T10:00")))
        } throws: { error in
            "\(error)".contains("'asm'") && "\(error)".contains("stage1-review")
        }
    }

    @Test func meetingBeforeTheNoticeIsBadInput() {
        #expect(throws: MeetingCheckError.self) {
            _ = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(noticeGiven: Fixtures.time("2026-11-23T10:00"), meeting: Fixtures.time("2026-11-20T10:00")))
        }
    }

    @Test func everyMeetingKindOfEveryPolicyRuns() throws {
        for policy in Fixtures.policies {
            for meeting in policy.meetings {
                let report = try Self.scheduler(policy.id).check(kind: meeting.kind, MeetingCheckInput(
                    noticeGiven: Fixtures.time("2026-11-02T09:00"), meeting: Fixtures.time("2026-11-30T10:00"),
                    returned: Fixtures.day("2026-11-30"), outcomeIssued: Fixtures.day("2026-11-02"), outcomeReceived: Fixtures.day("2026-11-02"),
                    appealLodged: Fixtures.day("2026-11-03"), papersSent: Fixtures.day("2026-11-03"), outcomeSent: Fixtures.day("2026-11-30"),
                    originalMeeting: Fixtures.day("2026-11-27"), absenceStart: Fixtures.day("2026-09-01"),
                    place: "Room 2, Civic Offices"))
                #expect(report.skipped.isEmpty, "\(policy.id) \(meeting.kind) skipped \(report.skipped.map(\.needs))")
                #expect(report.ok, "\(policy.id) \(meeting.kind): \(report.checks.filter { !$0.ok }.map(\.rule))")
            }
        }
    }
}

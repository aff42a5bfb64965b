import AttendanceRules
import Testing

/// Duties an absence starts: certificates, contact, the return-to-work interview, OH and
/// long-term milestones (catalogue T-15 ... T-20, 7.9).
@Suite struct DutyPlannerTests {
    static func duties(_ policy: String, _ records: [AbsenceRecord], asOf: String, facts: AbsenceFacts = AbsenceFacts(),
                       pattern: WorkingPattern = .mondayToFriday) -> [Duty] {
        let p = Fixtures.policy(policy)
        let employee = WorkingCalendar(pattern: pattern, nation: .englandAndWales, holidays: Fixtures.holidays)
        let planner = DutyPlanner(policy: p, employeeCalendar: employee,
                                  organisationCalendar: .organisation(nation: .englandAndWales, holidays: Fixtures.holidays))
        let record = Fixtures.employee(records, pattern: pattern)
        let figures = AbsenceCounter(policy: p, calendar: employee).figures(for: record, asOf: Fixtures.day(asOf))
        return planner.duties(for: record, figures: figures, facts: { _ in facts }, asOf: Fixtures.day(asOf)).flatMap(\.duties)
    }

    static func ids(_ duties: [Duty]) -> Set<String> { Set(duties.map(\.id)) }

    @Test func threeDaySpellNeedsNoSelfCertificateUnderNewcastle() {
        // T-15
        let d = Self.duties("newcastle-2016", [Fixtures.sick("2026-11-09", "2026-11-11")], asOf: "2026-11-12")
        #expect(!Self.ids(d).contains("self-certificate"))
    }

    @Test func fourDaySpellFridayToMondayNeedsASelfCertificateOnReturn() {
        // T-16: Fri 6 to Mon 9 Nov 2026, back Tue 10 Nov.
        for policy in ["newcastle-2016", "newcastle-2008"] {
            let d = Self.duties(policy, [Fixtures.sick("2026-11-06", "2026-11-09")], asOf: "2026-11-10")
            let selfCert = d.first { $0.id == "self-certificate" }
            #expect(selfCert != nil, "\(policy)")
            if policy == "newcastle-2016" { #expect(selfCert?.due == Fixtures.day("2026-11-10")) }
        }
    }

    @Test func eightDaySpellNeedsAFitNoteAndContactOnDayEight() {
        // T-17: Mon 2 to Mon 9 Nov 2026; day 8 is 9 Nov.
        let d = Self.duties("newcastle-2016", [Fixtures.sick("2026-11-02", "2026-11-09")], asOf: "2026-11-10")
        let fitNote = d.first { $0.id == "fit-note" }
        #expect(fitNote?.due == Fixtures.day("2026-11-09"))
        #expect(fitNote?.status == .overdue)
        #expect(d.first { $0.id == "contact-day-8" }?.due == Fixtures.day("2026-11-09"))
    }

    @Test func fitNoteHeldMarksTheDutyDone() {
        let d = Self.duties("newcastle-2016", [Fixtures.sick("2026-11-02", "2026-11-09", certificate: .fitNote)], asOf: "2026-11-10")
        #expect(d.first { $0.id == "fit-note" }?.status == .done)
    }

    @Test func nottsFitNoteIsDueByTheTenthDay() {
        // T-18: spell starting Mon 2 Nov 2026, still off: fit note due by day 10 = 11 Nov.
        let d = Self.duties("notts-police-2019", [Fixtures.sick("2026-11-02", nil)], asOf: "2026-11-09")
        let fitNote = d.first { $0.id == "fit-note" }
        #expect(fitNote?.due == Fixtures.day("2026-11-11"))
        #expect(fitNote?.status == .upcoming)
    }

    @Test func nottsWeeklyContactIsOverdueAfterSevenDaysWithoutContact() {
        let facts = AbsenceFacts(contacts: [Fixtures.day("2026-11-03")])
        let d = Self.duties("notts-police-2019", [Fixtures.sick("2026-11-02", nil)], asOf: "2026-11-11", facts: facts)
        let contact = d.first { $0.id == "contact-weekly" }
        #expect(contact?.due == Fixtures.day("2026-11-10"))
        #expect(contact?.status == .overdue)
    }

    @Test func cafcassNeedsASelfCertificateEvenForTwoDays() {
        // T-19
        let d = Self.duties("cafcass-2017", [Fixtures.sick("2026-11-02", "2026-11-03")], asOf: "2026-11-04")
        #expect(Self.ids(d).contains("self-certificate"))
    }

    @Test func returnToWorkInterviewIsDueOnTheFirstDayBackAndOverdueAfter() {
        let records = [Fixtures.sick("2026-11-02", "2026-11-03")]
        #expect(Self.duties("newcastle-2016", records, asOf: "2026-11-04").first { $0.id == "rtw-interview" }?.status == .due)
        #expect(Self.duties("newcastle-2016", records, asOf: "2026-11-05").first { $0.id == "rtw-interview" }?.status == .overdue)
        let held = AbsenceFacts(rtwHeldOn: Fixtures.day("2026-11-04"))
        #expect(Self.duties("newcastle-2016", records, asOf: "2026-11-05", facts: held).first { $0.id == "rtw-interview" }?.status == .done)
    }

    @Test func newcastle2008InterviewMustBeHeldWithinFiveWorkingDays() {
        // Back Wed 4 Nov 2026: deadline Wed 11 Nov; still due on 11 Nov, overdue on 12 Nov.
        let records = [Fixtures.sick("2026-11-02", "2026-11-03")]
        let rtw = Self.duties("newcastle-2008", records, asOf: "2026-11-11").first { $0.id == "rtw-interview" }
        #expect(rtw?.due == Fixtures.day("2026-11-11"))
        #expect(rtw?.status == .due)
        #expect(Self.duties("newcastle-2008", records, asOf: "2026-11-12").first { $0.id == "rtw-interview" }?.status == .overdue)
    }

    @Test func longTermMilestonesFollowTheSpell() {
        // Ongoing from Tue 1 Sep 2026: 20th working day (E&W) is Mon 28 Sep; 12 weeks are complete on 23 Nov, so the
        // review "after 12 weeks" [002:1441] falls on day 85, 24 Nov; 6 months 28 Feb 2027.
        let d = Self.duties("newcastle-2016", [Fixtures.sick("2026-09-01", nil)], asOf: "2026-11-20")
        #expect(d.first { $0.id == "oh-referral" }?.due == Fixtures.day("2026-09-28"))
        #expect(d.first { $0.id == "milestone:review-12-weeks" }?.due == Fixtures.day("2026-11-24"))
        #expect(d.first { $0.id == "milestone:assessment-6-months" } == nil, "more than four weeks ahead")
        let later = Self.duties("newcastle-2016", [Fixtures.sick("2026-09-01", nil)], asOf: "2027-02-10")
        #expect(later.first { $0.id == "milestone:assessment-6-months" }?.due == Fixtures.day("2027-02-28"))
        #expect(later.first { $0.id == "milestone:assessment-6-months" }?.status == .due)
    }

    @Test func aShortOngoingAbsenceListsNoDistantMilestones() {
        let d = Self.duties("newcastle-2016", [Fixtures.sick("2026-11-16", nil)], asOf: "2026-11-17")
        #expect(!Self.ids(d).contains("milestone:review-12-weeks"))
    }

    @Test func stressRelatedAbsencePromptsAnEarlyOccupationalHealthReferral() {
        let d = Self.duties("newcastle-2016", [Fixtures.sick("2026-11-16", nil, reason: .stressAnxietyDepression)], asOf: "2026-11-17")
        #expect(Self.ids(d).contains("oh-referral-reason"))
    }

    @Test func medicalEvidenceOlderThanThreeMonthsIsFlagged() {
        let facts = AbsenceFacts(latestMedicalEvidence: Fixtures.day("2026-08-01"))
        let d = Self.duties("newcastle-2016", [Fixtures.sick("2026-07-01", nil)], asOf: "2026-11-20", facts: facts)
        #expect(d.first { $0.id == "medical-evidence" }?.status == .overdue)
    }
}

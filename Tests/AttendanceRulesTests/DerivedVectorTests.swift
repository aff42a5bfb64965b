import AttendanceRules
import Testing

/// The catalogue's derived test vectors for the non-Bradford schemes (section 7.14, T-1 ... T-14).
@Suite struct DerivedVectorTests {
    static let asOf = "2026-11-20"

    static func hits(_ policy: String, _ absences: [AbsenceRecord], asOf: String = asOf) -> [String] {
        Fixtures.evaluate(policy, Fixtures.employee(absences), asOf: asOf).triggersHit
    }

    @Test func nottsNineDaySpellIsNoAttendanceSupportMeeting() {
        // T-1
        #expect(Self.hits("notts-police-2019", [Fixtures.sick("2026-10-05", "2026-10-13")]).isEmpty)
    }

    @Test func nottsTenDaySpellCallsForAnAttendanceSupportMeeting() {
        // T-2
        let e = Fixtures.evaluate("notts-police-2019", Fixtures.employee([Fixtures.sick("2026-10-05", "2026-10-14")]), asOf: Self.asOf)
        #expect(e.triggersHit == ["asm-period-10"])
        #expect(e.nextStep.stage == "asm")
    }

    @Test func nottsTwoOneDaySpellsElevenMonthsApartCallForAnASM() {
        // T-3
        #expect(Self.hits("notts-police-2019", [Fixtures.sick("2025-12-22", "2025-12-22"), Fixtures.sick("2026-11-16", "2026-11-16")]) == ["asm-occasions-2"])
    }

    @Test func nottsTwoSpellsThirteenMonthsApartAreOneOccasionInTheWindow() {
        // T-4
        #expect(Self.hits("notts-police-2019", [Fixtures.sick("2025-10-13", "2025-10-13"), Fixtures.sick("2026-11-16", "2026-11-16")]).isEmpty)
    }

    @Test func nottsThreeOccasionsMakeAStageOneCandidate() {
        // T-5
        let e = Fixtures.evaluate("notts-police-2019", Fixtures.employee([
            Fixtures.sick("2026-03-02", "2026-03-02"), Fixtures.sick("2026-06-01", "2026-06-01"), Fixtures.sick("2026-09-07", "2026-09-07"),
        ]), asOf: Self.asOf)
        #expect(e.triggersHit.contains("stage1-occasions-3"))
        #expect(e.nextStep.stage == "stage1")
    }

    @Test func nottsLeavingAfterThreeHoursOfEightCountsAsAnOccasionAndADay() {
        // T-6: 3 of 8 hours worked = 0.375 < 0.5.
        let e = Fixtures.evaluate("notts-police-2019", Fixtures.employee([Fixtures.sick("2026-10-05", "2026-10-05", firstDayWorked: 3.0 / 8.0)]), asOf: Self.asOf)
        #expect(e.figures.occasions == 1)
        #expect(e.figures.calendarDays == 1)
    }

    @Test func nottsLeavingAfterFourHoursOfEightIsNotADayNorAnOccasion() {
        // T-7: exactly half worked; AMB-14 default: neither the day nor the occasion counts.
        let e = Fixtures.evaluate("notts-police-2019", Fixtures.employee([Fixtures.sick("2026-10-05", "2026-10-05", firstDayWorked: 0.5)]), asOf: Self.asOf)
        #expect(e.figures.occasions == 0)
        #expect(e.figures.calendarDays == 0)
    }

    @Test func policeNoteTwoOccasionsTotallingEightWorkingDaysTrigger() {
        // T-8: Mon-Fri (5) + Mon-Wed (3) = 8 working days.
        #expect(Self.hits("police-asm", [Fixtures.sick("2026-09-07", "2026-09-11"), Fixtures.sick("2026-10-05", "2026-10-07")]) == ["working-days-8"])
    }

    @Test func policeNoteSevenWorkingDaysDoNotTrigger() {
        // T-9
        #expect(Self.hits("police-asm", [Fixtures.sick("2026-09-07", "2026-09-11"), Fixtures.sick("2026-10-05", "2026-10-06")]).isEmpty)
    }

    @Test func policeNoteThreeOneDayOccasionsTrigger() {
        // T-10
        #expect(Self.hits("police-asm", [Fixtures.sick("2026-03-02", "2026-03-02"), Fixtures.sick("2026-06-01", "2026-06-01"), Fixtures.sick("2026-09-07", "2026-09-07")]) == ["occasions-3"])
    }

    @Test func policeNoteLongTermIsMoreThanTwentyEightDays() {
        // T-11: 29 days is long-term, 28 is not.
        #expect(Self.hits("police-asm", [Fixtures.sick("2026-09-01", "2026-09-29")]).contains("long-term"))
        #expect(!Self.hits("police-asm", [Fixtures.sick("2026-09-01", "2026-09-28")]).contains("long-term"))
    }

    @Test func newcastle2008FourOneDayPeriodsTrigger() {
        // T-12
        #expect(Self.hits("newcastle-2008", [
            Fixtures.sick("2026-01-05", "2026-01-05"), Fixtures.sick("2026-03-02", "2026-03-02"),
            Fixtures.sick("2026-06-01", "2026-06-01"), Fixtures.sick("2026-09-07", "2026-09-07"),
        ]) == ["periods-4"])
    }

    @Test func newcastle2008ThreePeriodsTotallingEightWorkingDaysTrigger() {
        // T-13: 3 + 3 + 2 working days.
        #expect(Self.hits("newcastle-2008", [
            Fixtures.sick("2026-03-02", "2026-03-04"), Fixtures.sick("2026-06-01", "2026-06-03"), Fixtures.sick("2026-09-07", "2026-09-08"),
        ]) == ["working-days-8"])
    }

    @Test func newcastle2008ThreePeriodsTotallingSevenWorkingDaysDoNotTrigger() {
        // T-14: a period over a weekend counts only its working days (Fri-Mon = 2).
        #expect(Self.hits("newcastle-2008", [
            Fixtures.sick("2026-03-02", "2026-03-04"), Fixtures.sick("2026-06-05", "2026-06-08"), Fixtures.sick("2026-09-07", "2026-09-08"),
        ]).isEmpty)
    }

    @Test func newcastle2008LongTermNeedsAFitNote() {
        let uncertified = [Fixtures.sick("2026-09-01", "2026-10-15")]
        let certified = [Fixtures.sick("2026-09-01", "2026-10-15", certificate: .fitNote)]
        #expect(!Self.hits("newcastle-2008", uncertified).contains("long-term"))
        #expect(Self.hits("newcastle-2008", certified).contains("long-term"))
    }

    @Test func nottsAbsenceWhileAWrittenImprovementNoticeIsLiveOpensTheNextStage() {
        let e = Fixtures.evaluate("notts-police-2019", Fixtures.employee([Fixtures.sick("2026-10-05", "2026-10-05")],
                                  warnings: [WarningRecord(stage: "stage1", issued: Fixtures.day("2026-04-01"))]), asOf: Self.asOf)
        #expect(e.nextStep.stage == "stage2")
        #expect(e.warnings.first?.lapses == Fixtures.day("2027-04-01"))
    }

    @Test func cafcassHasNoNumericTriggers() {
        let e = Fixtures.evaluate("cafcass-2017", Fixtures.employee(Fixtures.spells([3, 3, 3, 3, 3], endingBefore: Fixtures.day(Self.asOf))), asOf: Self.asOf)
        #expect(e.triggers.isEmpty)
        #expect(e.nextStep.stage == nil)
        // Its window is the 6-month look-back of supervision reviews.
        #expect(e.figures.windowStart == Fixtures.day("2026-05-21"))
    }
}

/// Sickness during annual leave (catalogue T-20, T-21; AMB-19).
@Suite struct SickDuringLeaveTests {
    static let leave = AnnualLeaveSpan(start: Fixtures.day("2026-08-10"), end: Fixtures.day("2026-08-14"))

    @Test func cafcassLeaveIsNotReinstatedOnASelfCertificate() {
        // T-20: sick 2 days during annual leave with a self-certificate only.
        let result = LeaveReinstatement.assess(policy: Fixtures.policy("cafcass-2017"), leave: Self.leave,
                                               sickness: [Fixtures.sick("2026-08-11", "2026-08-12", certificate: .selfCertificate)])
        #expect(result?.overlappingDays == 2)
        #expect(result?.reinstatableDays == 0)
        #expect(result?.source.contains("[004:159]") == true)
    }

    @Test func cafcassLeaveIsReinstatedWithAFitNote() {
        let result = LeaveReinstatement.assess(policy: Fixtures.policy("cafcass-2017"), leave: Self.leave,
                                               sickness: [Fixtures.sick("2026-08-11", "2026-08-12", certificate: .fitNote)])
        #expect(result?.reinstatableDays == 2)
    }

    @Test func selfCertificateIsEnoughWhereThePolicyFollowsTheNormalRules() {
        // T-21's situation (BTPA has no profile; NUL08 takes the same self-certificate-or-fit-note line).
        let result = LeaveReinstatement.assess(policy: Fixtures.policy("newcastle-2008"), leave: Self.leave,
                                               sickness: [Fixtures.sick("2026-08-11", "2026-08-12", certificate: .selfCertificate)])
        #expect(result?.reinstatableDays == 2)
    }

    @Test func policySilentOnLeaveGivesNoAssessment() {
        #expect(LeaveReinstatement.assess(policy: Fixtures.policy("notts-police-2019"), leave: Self.leave, sickness: []) == nil)
    }
}

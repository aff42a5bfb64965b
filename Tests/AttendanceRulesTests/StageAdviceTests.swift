import AttendanceRules
import Testing

/// The NUL16 stage ladder: warnings, lapse dates, stage-skip gaps and repeat rules (catalogue T-22 ... T-24).
@Suite struct StageAdviceTests {
    /// Seven spells of 520/49 days do not divide evenly; 5 spells with 21 days give 525.
    static func employee(score520 spellsEnding: String, warnings: [WarningRecord]) -> EmployeeRecord {
        Fixtures.employee(Fixtures.spells([17, 1, 1, 1, 1], endingBefore: Fixtures.day(spellsEnding)), warnings: warnings)
    }

    @Test func stageOneWarningLapsesSixMonthsAfterIssue() {
        let policy = Fixtures.policy("newcastle-2016")
        let warning = WarningRecord(stage: "stage1", issued: Fixtures.day("2026-03-01"), scoreAtIssue: 160)
        #expect(warning.lapseDate(under: policy) == Fixtures.day("2026-09-01"))
        #expect(warning.isLive(on: Fixtures.day("2026-08-31"), under: policy))
        #expect(!warning.isLive(on: Fixtures.day("2026-09-01"), under: policy))
    }

    @Test func stageTwoAndThreeWarningsLapseAfterNineAndTwelveMonths() {
        let policy = Fixtures.policy("newcastle-2016")
        #expect(WarningRecord(stage: "stage2", issued: Fixtures.day("2026-01-31")).lapseDate(under: policy) == Fixtures.day("2026-10-31"))
        #expect(WarningRecord(stage: "stage3", issued: Fixtures.day("2024-02-29")).lapseDate(under: policy) == Fixtures.day("2025-02-28"))
    }

    @Test func liveStageOneWarningAndEnoughRiseLeadToStageTwo() {
        // T-22: Stage 1 warning issued 1 Mar (score 160); on 15 Aug the score is 525: live, rise 365 >= 350.
        let e = Self.employee(score520: "2026-08-15", warnings: [WarningRecord(stage: "stage1", issued: Fixtures.day("2026-03-01"), scoreAtIssue: 160)])
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-08-15")
        #expect(result.figures.bradford == 525)
        #expect(result.nextStep.stage == "stage2")
        #expect(result.nextStep.hrAdviceFirst.contains { $0.contains("[002:1311]") })
    }

    @Test func liveStageOneWarningWithTooSmallARiseStaysAtStageOneReview() {
        // Score at warning 200; now 525: rise 325 < 350, so no Stage 2 yet; a further absence → review meeting.
        let e = Self.employee(score520: "2026-08-15", warnings: [WarningRecord(stage: "stage1", issued: Fixtures.day("2026-03-01"), scoreAtIssue: 200)])
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-08-15")
        #expect(result.nextStep.stage == "stage1-review")
        #expect(result.nextStep.reasons.contains { $0.contains("325") && $0.contains("350") })
    }

    @Test func lapsedStageOneWarningMeansStageOneAgain() {
        // T-23: the same warning on 5 Sep has lapsed (6 months from 1 Mar), so no direct Stage 2.
        let e = Self.employee(score520: "2026-09-05", warnings: [WarningRecord(stage: "stage1", issued: Fixtures.day("2026-03-01"), scoreAtIssue: 160)])
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-09-05")
        #expect(result.figures.bradford == 525)
        #expect(result.nextStep.stage == "stage1")
        #expect(result.warnings.first?.live == false)
        #expect(result.nextStep.reasons.contains { $0.contains("live for 6 months") && $0.contains("[002:1280]") })
        #expect(result.nextStep.reasons.contains { $0.contains("1 month to 3 months") })
    }

    @Test func twoStageOneWarningsInTwoYearsEscalateStraightToStageTwo() {
        // T-24: two Stage 1 warnings within 24 months, both lapsed; a new trigger (160) → Stage 2.
        let e = Fixtures.employee(Fixtures.spells([4, 2, 2, 2], endingBefore: Fixtures.day("2026-11-20")), warnings: [
            WarningRecord(stage: "stage1", issued: Fixtures.day("2025-01-10"), scoreAtIssue: 150),
            WarningRecord(stage: "stage1", issued: Fixtures.day("2025-09-01"), scoreAtIssue: 170),
        ])
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-11-20")
        #expect(result.nextStep.stage == "stage2")
        #expect(result.nextStep.reasons.contains { $0.contains("[002:1307]") })
    }

    @Test func twoStageOneWarningsNeedAFurtherAbsenceAfterTheSecond() {
        // The second warning issued after the last absence: no "further failure" yet.
        let e = Fixtures.employee(Fixtures.spells([4, 2, 2, 2], endingBefore: Fixtures.day("2026-11-20")), warnings: [
            WarningRecord(stage: "stage1", issued: Fixtures.day("2025-01-10"), scoreAtIssue: 150),
            WarningRecord(stage: "stage1", issued: Fixtures.day("2026-11-19"), scoreAtIssue: 160),
        ])
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-11-20")
        #expect(result.nextStep.stage != "stage2")
    }

    @Test func stageThreeScoreWithoutALiveStageTwoWarningStepsDown() {
        // 875 with no warnings at all: Stage 3 needs a live Stage 2 warning, Stage 2 a live Stage 1 warning.
        let e = Fixtures.employee(Fixtures.spells([31, 1, 1, 1, 1], endingBefore: Fixtures.day("2026-11-20")))
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-11-20")
        #expect(result.figures.bradford == 875)
        #expect(result.nextStep.stage == "stage1")
        #expect(result.nextStep.hrAdviceFirst.contains { $0.contains("Stage-skip") })
    }

    @Test func stageThreeWithLiveStageTwoWarningAndEnoughRise() {
        let e = Fixtures.employee(Fixtures.spells([31, 1, 1, 1, 1], endingBefore: Fixtures.day("2026-11-20")), warnings: [
            WarningRecord(stage: "stage2", issued: Fixtures.day("2026-06-01"), scoreAtIssue: 500),
        ])
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-11-20")
        #expect(result.nextStep.stage == "stage3")
        #expect(result.nextStep.preconditions.contains { $0.text.contains("3 months") })
    }

    @Test func noActionBeforeTheFirstAbsenceAfterTheEffectiveDate() {
        let e = Fixtures.employee(Fixtures.spells([4, 2, 2, 2], endingBefore: Fixtures.day("2016-09-30")))
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2016-09-30")
        #expect(result.triggersHit == ["bradford-150"])
        #expect(result.nextStep.stage == nil)
        #expect(result.nextStep.title.contains("01/10/2016"))
    }

    @Test func ongoingLongTermSpellRoutesToTheLongTermProcedure() {
        let e = Fixtures.employee([Fixtures.sick("2026-09-01", nil)])
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-11-20")
        #expect(result.triggersHit.contains("long-term"))
        #expect(result.nextStep.stage == "long-term-review")
    }

    @Test func noTriggerMeansNoFormalStep() {
        let e = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-13")])
        let result = Fixtures.evaluate("newcastle-2016", e, asOf: "2026-11-20")
        #expect(result.nextStep.stage == nil)
        #expect(result.figures.bradford == 2)
    }
}

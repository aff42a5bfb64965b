import AttendanceRules
import Testing

/// Spells (AMB-04), the rolling window (AMB-05), part days (AMB-14) and exclusions (AMB-46).
@Suite struct SpellAndWindowTests {
    @Test func recordsSeparatedByABankHolidayWeekendAreOneSpell() {
        // Sick Thu 24 Dec 2026, back-to-work days 25/28 Dec are bank holidays (E&W), sick again Tue 29 Dec.
        let employee = Fixtures.employee([Fixtures.sick("2026-12-24", "2026-12-24"), Fixtures.sick("2026-12-29", "2026-12-30")])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2027-01-15")
        #expect(result.figures.occasions == 1)
        #expect(result.figures.calendarDays == 7)
        #expect(result.figures.workingDays == 3)
    }

    @Test func annualLeaveBetweenSickDaysMakesTwoSpells() {
        let employee = Fixtures.employee([
            Fixtures.sick("2026-10-12", "2026-10-13"), Fixtures.leave("2026-10-14", "2026-10-14"), Fixtures.sick("2026-10-15", "2026-10-16"),
        ])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.occasions == 2)
        #expect(result.figures.calendarDays == 4)
    }

    @Test func aWorkingDayBetweenRecordsMakesTwoSpells() {
        let employee = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-12"), Fixtures.sick("2026-10-14", "2026-10-14")])
        #expect(Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20").figures.occasions == 2)
    }

    @Test func aPartTimersRestDayBridgesTwoRecords() {
        // Works Mon, Wed, Fri: sick Mon and Wed, Tuesday is a rest day, so one spell of 3 calendar days.
        let pattern = WorkingPattern.monWedFri
        let employee = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-12"), Fixtures.sick("2026-10-14", "2026-10-14")], pattern: pattern)
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.occasions == 1)
        #expect(result.figures.calendarDays == 3)
        #expect(result.figures.workingDays == 2)
    }

    @Test func spellStraddlingTheWindowStartIsAnOccasionWithOnlyItsDaysInside() {
        // Window for 2026-11-20 starts 2025-11-21; a spell 2025-11-17 to 2025-11-24 has 4 days inside.
        let employee = Fixtures.employee([Fixtures.sick("2025-11-17", "2025-11-24")])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.windowStart == Fixtures.day("2025-11-21"))
        #expect(result.figures.occasions == 1)
        #expect(result.figures.calendarDays == 4)
        #expect(result.figures.spells.first?.excluded.first?.days == 4)
    }

    @Test func spellEndingTheDayBeforeTheWindowDoesNotCount() {
        let employee = Fixtures.employee([Fixtures.sick("2025-11-17", "2025-11-20")])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.occasions == 0)
        #expect(result.figures.bradford == 0)
    }

    @Test func windowEndingOnTwentyNinthFebruaryStartsOnFirstMarch() {
        let policy = Fixtures.policy("newcastle-2016")
        #expect(policy.window.start(endingOn: Fixtures.day("2028-02-29")) == Fixtures.day("2027-03-01"))
        // 12 months back from 28 Feb 2029 is 28 Feb 2028, so the window starts on the leap day.
        #expect(policy.window.start(endingOn: Fixtures.day("2029-02-28")) == Fixtures.day("2028-02-29"))
        #expect(policy.window.start(endingOn: Fixtures.day("2028-03-01")) == Fixtures.day("2027-03-02"))
    }

    @Test func sickOnTwentyNinthFebruaryCountsInALeapYear() {
        let employee = Fixtures.employee([Fixtures.sick("2028-02-28", "2028-03-01")])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2028-03-10")
        #expect(result.figures.calendarDays == 3)
    }

    @Test func ongoingAbsenceCountsUpToTheEvaluationDate() {
        let employee = Fixtures.employee([Fixtures.sick("2026-11-16", nil)])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.calendarDays == 5)
        #expect(result.figures.spells.first?.ongoing == true)
    }

    @Test func halfADayWorkedIsNeitherADayNorAnOccasionUnderNewcastle2016() {
        let employee = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-12", firstDayWorked: 0.5)])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.occasions == 0)
        #expect(result.figures.calendarDays == 0)
    }

    @Test func lessThanHalfADayWorkedCountsAsAWholeDay() {
        let employee = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-12", firstDayWorked: 0.375)])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.occasions == 1)
        #expect(result.figures.calendarDays == 1)
    }

    @Test func pregnancyRelatedSicknessIsExcludedUnderNewcastle2016() {
        let employee = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-16", related: .pregnancy), Fixtures.sick("2026-11-02", "2026-11-02")])
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.occasions == 1)
        #expect(result.figures.calendarDays == 1)
        let reasons = result.figures.spells.flatMap(\.excluded).map(\.reason.text)
        #expect(reasons.contains { $0.contains("pregnancy") && $0.contains("[002:1180]") })
    }

    @Test func infectiousDiseaseIsExcludedOnlyWithAFitNote() {
        let withNote = Fixtures.employee([Fixtures.sick("2026-10-05", "2026-10-14", related: .infectiousDisease, certificate: .fitNote)])
        let without = Fixtures.employee([Fixtures.sick("2026-10-05", "2026-10-14", related: .infectiousDisease)])
        #expect(Fixtures.evaluate("newcastle-2016", withNote, asOf: "2026-11-20").figures.occasions == 0)
        #expect(Fixtures.evaluate("newcastle-2016", without, asOf: "2026-11-20").figures.occasions == 1)
    }

    @Test func disabilityRelatedAbsenceCountsButNeedsHRAdviceFirst() {
        let employee = Fixtures.employee(Fixtures.spells([4, 2, 2, 2], endingBefore: Fixtures.day("2026-11-20")).enumerated().map { i, r in
            AbsenceRecord(id: r.id, type: .sickness, start: r.start, end: r.end, related: i == 0 ? .disability : nil)
        })
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.bradford == 160)
        #expect(result.nextStep.stage == "stage1")
        #expect(result.nextStep.hrAdviceFirst.contains { $0.contains("disability") })
    }

    @Test func hrDecisionNotToCountOverridesThePolicyTreatment() {
        let decision = HRDecision(counts: false, decidedBy: "HR adviser", decidedOn: Fixtures.day("2026-11-01"))
        let employee = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-16", related: .disability, hr: decision)])
        #expect(Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20").figures.occasions == 0)
    }

    @Test func medicalAppointmentCountsOnlyWhenAWholeDayIsLost() {
        let partDay = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-12", related: .medicalAppointment, firstDayWorked: 0.25)])
        let wholeDay = Fixtures.employee([Fixtures.sick("2026-10-12", "2026-10-12", related: .medicalAppointment)])
        #expect(Fixtures.evaluate("newcastle-2016", partDay, asOf: "2026-11-20").figures.occasions == 0)
        #expect(Fixtures.evaluate("newcastle-2016", wholeDay, asOf: "2026-11-20").figures.occasions == 1)
    }

    @Test func partTimerWithNoChosenMethodHoldsBradfordStagesForHR() {
        let employee = Fixtures.employee(Fixtures.spells([4, 2, 2, 2], endingBefore: Fixtures.day("2026-11-20")), pattern: .monWedFri, fte: 0.6)
        let result = Fixtures.evaluate("newcastle-2016", employee, asOf: "2026-11-20")
        #expect(result.figures.bradfordPartTimeUnresolved)
        #expect(result.nextStep.hrAdviceFirst.contains { $0.contains("Part-time") && $0.contains("[002:1252]") })
    }
}

extension WorkingPattern {
    static var monWedFri: WorkingPattern {
        do { return try WorkingPattern(days: [.monday, .wednesday, .friday], hoursPerDay: 7.5) } catch { preconditionFailure("\(error)") }
    }
}

import AttendanceRules
import Testing

/// Issue 10: each class the case-by-case check against the seed text found wrong, with the
/// cases around it (every policy with the rule, every nation, part-time, a bank holiday).
@Suite struct RuleFidelityTests {
    typealias F = Fixtures
    static let allPolicies = ["newcastle-2016", "newcastle-2008", "notts-police-2019", "cafcass-2017", "police-asm"]
    static let tueThu: WorkingPattern = {
        do { return try WorkingPattern(days: [.tuesday, .thursday], hoursPerDay: 7.5) } catch { preconditionFailure("\(error)") }
    }()

    static func sick(_ from: String, _ to: String?, id: String? = nil, first: Double? = nil, last: Double? = nil,
                     related: RelatedCategory? = nil) -> AbsenceRecord {
        AbsenceRecord(id: id ?? "s-\(from)", type: .sickness, start: F.day(from), end: to.map(F.day),
                      firstDayWorkedFraction: first, lastDayWorkedFraction: last, related: related)
    }

    static func planner(_ policy: String, pattern: WorkingPattern = .mondayToFriday, nation: Nation = .englandAndWales) -> DutyPlanner {
        DutyPlanner(policy: F.policy(policy),
                    employeeCalendar: WorkingCalendar(pattern: pattern, nation: nation, holidays: F.holidays),
                    organisationCalendar: .organisation(nation: nation, holidays: F.holidays))
    }

    /// Every spell's duties on `asOf`, flattened.
    static func duties(_ policy: String, _ records: [AbsenceRecord], asOf: String, facts: AbsenceFacts = AbsenceFacts(),
                       pattern: WorkingPattern = .mondayToFriday, nation: Nation = .englandAndWales) -> [Duty] {
        let employee = F.employee(records, pattern: pattern, nation: nation)
        let figures = F.evaluate(policy, employee, asOf: asOf).figures
        return planner(policy, pattern: pattern, nation: nation)
            .duties(for: employee, figures: figures, facts: { _ in facts }, asOf: F.day(asOf)).flatMap(\.duties)
    }

    static func duty(_ id: String, _ duties: [Duty]) -> Duty? { duties.first { $0.id == id } }

    // MARK: 0. Scotland's bank holiday of 15 June 2026

    @Test func glasgowNoticeAcrossTheFifteenthOfJuneTakesADayLongerThanInEngland() throws {
        // NUL16 Stage 2: 5 clear working days. Notice Mon 8 June 2026: in Scotland the clear
        // days are 9-12 and 16 June (15th a bank holiday), so the meeting is from Wed 17th.
        for (nation, first) in [(Nation.scotland, "2026-06-17"), (.englandAndWales, "2026-06-16"), (.northernIreland, "2026-06-16")] {
            let scheduler = MeetingScheduler(policy: F.policy("newcastle-2016"), calendar: .organisation(nation: nation, holidays: F.holidays))
            let input = MeetingCheckInput(noticeGiven: F.time("2026-06-08T09:00"), meeting: F.time("2026-06-16T10:00"), place: "Bothwell Street, room 3")
            let report = try scheduler.check(kind: "stage2", input)
            #expect(report.earliestValid?.day == F.day(first), "\(nation)")
            #expect(report.ok == (nation != .scotland), "\(nation)")
        }
        let glasgow = WorkingCalendar.organisation(nation: .scotland, holidays: F.holidays)
        #expect(glasgow.isBankHoliday(F.day("2026-06-15")))
        #expect(glasgow.workingDays(from: F.day("2026-06-08"), through: F.day("2026-06-19")) == 9)
        #expect(!WorkingCalendar.organisation(nation: .englandAndWales, holidays: F.holidays).isBankHoliday(F.day("2026-06-15")))
    }

    // MARK: 1. A part day that does not count neither joins nor stretches a spell

    @Test(arguments: allPolicies)
    func fridayWorkedThreeQuartersThenMondayOffIsOneDay(policy: String) {
        // Fri 06/11/2026 75% worked, went home; off Mon 09/11. One record or two, the same.
        for records in [[Self.sick("2026-11-06", "2026-11-09", first: 0.75)],
                        [Self.sick("2026-11-06", "2026-11-06", id: "fri", first: 0.75), Self.sick("2026-11-09", "2026-11-09", id: "mon")]] {
            let f = F.evaluate(policy, F.employee(records), asOf: "2026-11-20").figures
            #expect(f.occasions == 1, "\(policy)")
            #expect(f.calendarDays == 1, "\(policy)")
            #expect(f.workingDays == 1, "\(policy)")
            if f.bradford != nil { #expect(f.bradford == 1, "\(policy)") }
            let counted = f.spells.filter(\.countsAsOccasion)
            #expect(counted.map(\.start) == [F.day("2026-11-09")])
            #expect(counted.map(\.end) == [F.day("2026-11-09")])
        }
    }

    @Test func aCountedPartDayStillBridgesTheWeekend() {
        // Under half worked, the Friday counts whole and the weekend joins it to Monday (D-13).
        let f = F.evaluate("newcastle-2016", F.employee([Self.sick("2026-11-06", "2026-11-09", first: 0.25)]), asOf: "2026-11-20").figures
        #expect(f.occasions == 1)
        #expect(f.calendarDays == 4)
        #expect(f.bradford == 4)
    }

    @Test func aPartDayBeforeTheEasterBankHolidaysBridgesNothing() {
        // Thu 02/04/2026 60% worked; Good Friday, the weekend and Easter Monday; off Tue 07/04.
        let f = F.evaluate("newcastle-2016", F.employee([Self.sick("2026-04-02", "2026-04-07", first: 0.6)]), asOf: "2026-04-20").figures
        #expect(f.occasions == 1)
        #expect(f.calendarDays == 1)
        #expect(f.spells.first { $0.countsAsOccasion }?.start == F.day("2026-04-07"))
    }

    @Test func aPartDayOnANonWorkingDayStartsNothing() {
        // A Monday-to-Friday worker recorded from Saturday with 75% of it worked: only Monday counts.
        let f = F.evaluate("notts-police-2019", F.employee([Self.sick("2026-11-07", "2026-11-09", first: 0.75)]), asOf: "2026-11-20").figures
        #expect(f.occasions == 1)
        #expect(f.calendarDays == 1)
    }

    @Test func aTueThuWorkerWhoWorkedMostOfTuesdayIsOffOnlyOnThursday() {
        let employee = F.employee([Self.sick("2026-11-03", "2026-11-05", first: 0.6)], pattern: Self.tueThu, fte: 0.4)
        let f = F.evaluate("cafcass-2017", employee, asOf: "2026-11-20").figures
        #expect(f.occasions == 1)
        #expect(f.calendarDays == 1)
        #expect(f.workingDays == 1)
    }

    @Test func cameBackPartWayThroughMondayEndsTheSpellOnFriday() {
        // Off Thu 05/11 and Fri 06/11, back Monday 09/11 having worked 60% of it.
        let f = F.evaluate("newcastle-2016", F.employee([Self.sick("2026-11-05", "2026-11-09", last: 0.6)]), asOf: "2026-11-20").figures
        #expect(f.calendarDays == 2)
        #expect(f.spells.first?.end == F.day("2026-11-06"))
        #expect(f.bradford == 2)
    }

    @Test func aPartDayAloneIsNoOccasionAndBetweenTwoAbsencesSplitsThem() {
        let alone = F.evaluate("newcastle-2016", F.employee([Self.sick("2026-11-06", "2026-11-06", first: 0.5)]), asOf: "2026-11-20").figures
        #expect(alone.occasions == 0)
        #expect(alone.spells.count == 1)
        #expect(alone.spells.first?.onlyUncountedPartDays == true)
        // Mon-Tue off, back Wed and 75% worked before going home, off Thu: two occasions.
        let split = F.evaluate("newcastle-2016", F.employee([
            Self.sick("2026-11-02", "2026-11-03", id: "a"), Self.sick("2026-11-04", "2026-11-04", id: "b", first: 0.75),
            Self.sick("2026-11-05", "2026-11-05", id: "c")]), asOf: "2026-11-20").figures
        #expect(split.occasions == 2)
        #expect(split.calendarDays == 3)
    }

    @Test func thePartDayIsExplainedInTheRulesOwnWordsDayByDay() throws {
        let employee = F.employee([Self.sick("2026-11-06", "2026-11-09", first: 0.75)])
        let policy = F.policy("newcastle-2016")
        let counter = AbsenceCounter(policy: policy, calendar: WorkingCalendar(pattern: .mondayToFriday, nation: .englandAndWales, holidays: F.holidays))
        let friday = try #require(counter.dayCount(on: F.day("2026-11-06"), for: employee, asOf: F.day("2026-11-20")))
        let saturday = try #require(counter.dayCount(on: F.day("2026-11-07"), for: employee, asOf: F.day("2026-11-20")))
        let monday = try #require(counter.dayCount(on: F.day("2026-11-09"), for: employee, asOf: F.day("2026-11-20")))
        #expect(!friday.counted)
        #expect(friday.text == "not counted: part day: 75% of the day worked, at least 50% (\(policy.counting.partDay.source))")
        #expect(!saturday.counted)
        #expect(monday.counted)
        #expect(monday.text == "counted")
        // The same words as the spell's own list of what did not count (what `employee show` prints).
        let spell = try #require(counter.figures(for: employee, asOf: F.day("2026-11-20")).spells.first)
        #expect(spell.excluded.contains { "not counted: \($0.reason.text)" == friday.text })
        #expect(counter.dayCount(on: F.day("2026-11-10"), for: employee, asOf: F.day("2026-11-20")) == nil)
    }

    // MARK: 2. "On return" is the first day back

    @Test func theNUL16SelfCertificateIsDueOnTheFirstDayBackNotTheSaturday() {
        let records = [Self.sick("2026-11-02", "2026-11-06")]
        let saturday = Self.duty("self-certificate", Self.duties("newcastle-2016", records, asOf: "2026-11-07"))
        #expect(saturday?.due == F.day("2026-11-09"))
        #expect(saturday?.status == .upcoming)
        #expect(Self.duty("self-certificate", Self.duties("newcastle-2016", records, asOf: "2026-11-09"))?.status == .due)
        #expect(Self.duty("self-certificate", Self.duties("newcastle-2016", records, asOf: "2026-11-10"))?.status == .overdue)
        #expect(Self.duty("rtw-interview", Self.duties("newcastle-2016", records, asOf: "2026-11-09"))?.due == F.day("2026-11-09"))
    }

    @Test func theNUL08DeadlineIsTheSameWhetherTheRecordEndsFridayOrSunday() {
        for end in ["2026-11-06", "2026-11-07", "2026-11-08"] {
            let rtw = Self.duty("rtw-interview", Self.duties("newcastle-2008", [Self.sick("2026-11-02", end)], asOf: "2026-11-09"))
            #expect(rtw?.due == F.day("2026-11-16"), "ending \(end)")
            #expect(rtw?.detail?.contains("first day back 09/11/2026") == true)
        }
    }

    @Test(arguments: ["newcastle-2016", "notts-police-2019", "cafcass-2017", "police-asm"])
    func aTueThuWorkerOffOnTuesdayIsBackOnThursday(policy: String) {
        let records = [Self.sick("2026-11-03", "2026-11-03")]
        let wednesday = Self.duty("rtw-interview", Self.duties(policy, records, asOf: "2026-11-04", pattern: Self.tueThu))
        #expect(wednesday?.due == F.day("2026-11-05"))
        #expect(wednesday?.status == .upcoming)
        #expect(Self.duty("rtw-interview", Self.duties(policy, records, asOf: "2026-11-05", pattern: Self.tueThu))?.status == .due)
        #expect(Self.duty("rtw-interview", Self.duties(policy, records, asOf: "2026-11-06", pattern: Self.tueThu))?.status == .overdue)
    }

    @Test func sicknessThenAnnualLeavePutsTheReturnAfterTheLeave() {
        let records = [Self.sick("2026-11-02", "2026-11-04"), F.leave("2026-11-05", "2026-11-10")]
        #expect(Self.duty("rtw-interview", Self.duties("newcastle-2016", records, asOf: "2026-11-06"))?.due == F.day("2026-11-11"))
        #expect(Self.duty("rtw-interview", Self.duties("newcastle-2016", records, asOf: "2026-11-06"))?.status == .upcoming)
        // NUL08: 5 working days from Wednesday 11th.
        #expect(Self.duty("rtw-interview", Self.duties("newcastle-2008", records, asOf: "2026-11-06"))?.due == F.day("2026-11-18"))
    }

    @Test func bankHolidaysAfterTheAbsenceMoveTheReturnInEachNation() {
        // Off until Thursday 24/12/2026: back Tuesday 29/12 (Christmas Day, Boxing Day substitute).
        for nation in Nation.allCases {
            let rtw = Self.duty("rtw-interview", Self.duties("newcastle-2016", [Self.sick("2026-12-21", "2026-12-24")], asOf: "2026-12-24", nation: nation))
            #expect(rtw?.due == F.day("2026-12-29"), "\(nation)")
        }
        // Off until Friday 12/06/2026: in Scotland back Tuesday 16/06, elsewhere Monday 15/06.
        for (nation, back) in [(Nation.scotland, "2026-06-16"), (.englandAndWales, "2026-06-15")] {
            let rtw = Self.duty("rtw-interview", Self.duties("notts-police-2019", [Self.sick("2026-06-10", "2026-06-12")], asOf: "2026-06-12", nation: nation))
            #expect(rtw?.due == F.day(back), "\(nation)")
        }
    }

    // MARK: 3. A fit note must cover day 8 onwards

    @Test func aNoteFromDayTenLeavesDaysEightAndNineOpen() throws {
        let records = [Self.sick("2026-11-02", nil)]
        let facts = AbsenceFacts(fitNotes: [FitNoteCover(from: F.day("2026-11-11"), to: F.day("2026-11-20"), received: F.day("2026-11-11"))])
        let d = Self.duties("notts-police-2019", records, asOf: "2026-11-20", facts: facts)
        let fitNote = try #require(Self.duty("fit-note", d))
        #expect(fitNote.status == .overdue)
        #expect(fitNote.detail?.contains("not covered: 09/11/2026 to 10/11/2026") == true)
        let gap = try #require(d.first { $0.id.hasPrefix("fit-note-gap") })
        #expect(gap.title == "No fit note covers 09/11/2026 to 10/11/2026")
        #expect(gap.due == F.day("2026-11-11"))
        // A note from day 8 closes it.
        let full = AbsenceFacts(fitNotes: [FitNoteCover(from: F.day("2026-11-09"), to: F.day("2026-11-20"), received: F.day("2026-11-10"))])
        let done = Self.duties("notts-police-2019", records, asOf: "2026-11-20", facts: full)
        #expect(Self.duty("fit-note", done)?.status == .done)
        #expect(!done.contains { $0.id.hasPrefix("fit-note-gap") })
    }

    @Test(arguments: ["newcastle-2016", "newcastle-2008", "notts-police-2019", "cafcass-2017"])
    func notesMustRunOnWithoutAGap(policy: String) {
        let facts = AbsenceFacts(fitNotes: [
            FitNoteCover(from: F.day("2026-11-09"), to: F.day("2026-11-13"), received: F.day("2026-11-09")),
            FitNoteCover(from: F.day("2026-11-16"), to: F.day("2026-11-27"), received: F.day("2026-11-16")),
        ])
        let d = Self.duties(policy, [Self.sick("2026-11-02", "2026-11-27")], asOf: "2026-11-30", facts: facts)
        #expect(Self.duty("fit-note", d)?.status != .done, "\(policy)")
        #expect(d.filter { $0.id.hasPrefix("fit-note-gap") }.map(\.title) == ["No fit note covers 14/11/2026 to 15/11/2026"], "\(policy)")
    }

    @Test func aNoteThatRanOutWhileStillOffIsAGapToToday() {
        let facts = AbsenceFacts(fitNotes: [FitNoteCover(from: F.day("2026-11-09"), to: F.day("2026-11-20"), received: F.day("2026-11-09"))])
        let d = Self.duties("newcastle-2016", [Self.sick("2026-11-02", nil)], asOf: "2026-11-25", facts: facts)
        #expect(d.first { $0.id.hasPrefix("fit-note-gap") }?.title == "No fit note covers 21/11/2026 to 25/11/2026")
        #expect(d.first { $0.id.hasPrefix("fit-note-gap") }?.status == .overdue)
    }

    // MARK: 4. NUL08: every sickness absence gets an interview

    @Test(arguments: [RelatedCategory.disability, .pregnancy])
    func anExcludedAbsenceStillNeedsItsInterview(category: RelatedCategory) {
        let records = [Self.sick("2026-11-02", "2026-11-04", related: category)]
        let d = Self.duties("newcastle-2008", records, asOf: "2026-11-05")
        #expect(Self.duty("rtw-interview", d)?.due == F.day("2026-11-12"))
        for policy in Self.allPolicies {
            #expect(Self.duty("rtw-interview", Self.duties(policy, records, asOf: "2026-11-05")) != nil, "\(policy)")
        }
    }

    @Test func anHRDecisionThatItDoesNotCountStillNeedsTheInterview() {
        let decided = AbsenceRecord(id: "a", type: .sickness, start: F.day("2026-11-02"), end: F.day("2026-11-03"),
                                    hrDecision: HRDecision(counts: false, decidedBy: "HR", decidedOn: F.day("2026-11-04")))
        #expect(Self.duty("rtw-interview", Self.duties("newcastle-2008", [decided], asOf: "2026-11-04")) != nil)
    }

    // MARK: 5. The NUL16 12-week review falls after the 12 weeks

    @Test func theTwelveWeekReviewIsOnDayEightyFive() {
        let d = Self.duties("newcastle-2016", [Self.sick("2026-11-02", nil)], asOf: "2027-01-20")
        #expect(Self.duty("milestone:review-12-weeks", d)?.due == F.day("2027-01-25"))
        #expect(Self.duty("milestone:review-12-weeks", d)?.status == .upcoming)
        #expect(Self.duty("milestone:review-12-weeks", Self.duties("newcastle-2016", [Self.sick("2026-11-02", nil)], asOf: "2027-01-24"))?.status == .upcoming)
        #expect(Self.duty("milestone:review-12-weeks", Self.duties("newcastle-2016", [Self.sick("2026-11-02", nil)], asOf: "2027-01-25"))?.status == .due)
    }

    // MARK: 6. Facts dated after the evaluation day do not count

    @Test func aContactDatedLaterIsNotTheDayEightContactYet() {
        let facts = AbsenceFacts(contacts: [F.day("2026-11-25")])
        let records = [Self.sick("2026-11-02", nil)]
        #expect(Self.duty("contact-day-8", Self.duties("newcastle-2008", records, asOf: "2026-11-20", facts: facts))?.status == .overdue)
        #expect(Self.duty("contact-day-8", Self.duties("newcastle-2008", records, asOf: "2026-11-25", facts: facts))?.status == .done)
    }

    @Test func anInterviewOrFitNoteDatedLaterDoesNotCompleteTheDuty() {
        let records = [Self.sick("2026-11-02", "2026-11-10")]
        let facts = AbsenceFacts(rtwHeldOn: F.day("2026-11-20"),
                                 fitNotes: [FitNoteCover(from: F.day("2026-11-09"), to: F.day("2026-11-10"), received: F.day("2026-11-19"))])
        let early = Self.duties("newcastle-2016", records, asOf: "2026-11-12", facts: facts)
        #expect(Self.duty("rtw-interview", early)?.status == .overdue)
        #expect(Self.duty("fit-note", early)?.status == .overdue)
        let later = Self.duties("newcastle-2016", records, asOf: "2026-11-20", facts: facts)
        #expect(Self.duty("rtw-interview", later)?.status == .done)
        #expect(Self.duty("fit-note", later)?.status == .done)
    }

    // MARK: 7. Every spell keeps its duties

    @Test func aLaterPartDayDoesNotHideTheEarlierSpellsDuties() {
        let records = [Self.sick("2026-11-02", "2026-11-06", id: "week"), Self.sick("2026-11-12", "2026-11-12", id: "part", first: 0.75)]
        let d = Self.duties("newcastle-2016", records, asOf: "2026-11-13")
        #expect(Self.duty("rtw-interview", d)?.status == .overdue)
        #expect(Self.duty("self-certificate", d)?.status == .overdue)
        #expect(Self.duty("rtw-interview", d)?.spellStart == F.day("2026-11-02"))
    }

    // MARK: 8-9. NUL16 two Stage 1 warnings within 2 years

    static let twoStageOneWarnings = [WarningRecord(stage: "stage1", issued: F.day("2024-10-01"), scoreAtIssue: 160),
                                      WarningRecord(stage: "stage1", issued: F.day("2025-06-01"), scoreAtIssue: 170)]

    @Test func twoStageOneWarningsLeadToStageTwoWhateverTheScore() {
        let high = [Self.sick("2026-01-05", "2026-01-08", id: "a"), Self.sick("2026-03-02", "2026-03-05", id: "b"),
                    Self.sick("2026-05-04", "2026-05-07", id: "c"), Self.sick("2026-07-06", "2026-07-09", id: "d"),
                    Self.sick("2026-09-07", "2026-09-10", id: "e")]
        let highEval = F.evaluate("newcastle-2016", F.employee(high, warnings: Self.twoStageOneWarnings), asOf: "2026-09-15")
        #expect(highEval.figures.bradford == 500)
        #expect(highEval.nextStep.stage == "stage2")
        let low = [Self.sick("2026-01-05", "2026-01-08", id: "a"), Self.sick("2026-03-02", "2026-03-05", id: "b"),
                   Self.sick("2026-05-04", "2026-05-07", id: "c"), Self.sick("2026-07-06", "2026-07-07", id: "d")]
        let lowEval = F.evaluate("newcastle-2016", F.employee(low, warnings: Self.twoStageOneWarnings), asOf: "2026-09-15")
        #expect(lowEval.figures.bradford == 224)
        #expect(lowEval.nextStep.stage == "stage2")
        // Far above Stage 3's 875 with no Stage 2 warning: the rule still gives Stage 2, with HR first.
        let veryHigh = high + [Self.sick("2026-08-03", "2026-08-07", id: "f"), Self.sick("2026-06-01", "2026-06-05", id: "g")]
        let veryHighEval = F.evaluate("newcastle-2016", F.employee(veryHigh, warnings: Self.twoStageOneWarnings), asOf: "2026-09-15")
        #expect((veryHighEval.figures.bradford ?? 0) >= 875)
        #expect(veryHighEval.nextStep.stage == "stage2")
    }

    @Test func theRepeatRuleIsSpentOnceAStageTwoWarningHasBeenIssued() {
        let warnings = [WarningRecord(stage: "stage1", issued: F.day("2025-01-10"), scoreAtIssue: 160),
                        WarningRecord(stage: "stage1", issued: F.day("2025-09-10"), scoreAtIssue: 180),
                        WarningRecord(stage: "stage2", issued: F.day("2026-03-20"), scoreAtIssue: 520)]
        let absences = [Self.sick("2025-10-06", "2025-10-09", id: "a"), Self.sick("2025-11-10", "2025-11-13", id: "b"),
                        Self.sick("2025-12-08", "2025-12-11", id: "c"), Self.sick("2026-01-12", "2026-01-15", id: "d"),
                        Self.sick("2026-02-09", "2026-02-12", id: "e")]
        let withBoth = F.evaluate("newcastle-2016", F.employee(absences, warnings: warnings), asOf: "2026-04-01").nextStep
        let withoutOlder = F.evaluate("newcastle-2016", F.employee(absences, warnings: Array(warnings.dropFirst())), asOf: "2026-04-01").nextStep
        #expect(withBoth.stage == nil)
        #expect(withBoth.title == withoutOlder.title)
        #expect(withBoth.title.hasPrefix("Continue monitoring under the live"))
        #expect(!withBoth.reasons.contains { $0.contains("escalate to stage2") })
        // A further absence after the Stage 2 warning is for the Stage 2 warning's own rule, not the repeat rule.
        let after = F.evaluate("newcastle-2016", F.employee(absences + [Self.sick("2026-03-30", "2026-03-31", id: "f")], warnings: warnings), asOf: "2026-04-01").nextStep
        #expect(!after.reasons.contains { $0.contains("escalate to stage2") })
    }

    // MARK: 10-12. Meeting checks

    static func check(_ policy: String, _ kind: String, _ input: MeetingCheckInput, nation: Nation = .englandAndWales) throws -> MeetingCheckReport {
        try MeetingScheduler(policy: F.policy(policy), calendar: .organisation(nation: nation, holidays: F.holidays)).check(kind: kind, input)
    }

    @Test func aMeetingOnChristmasDayOrAtThreeOnASundayFails() throws {
        for meeting in ["2026-12-25T16:00", "2026-11-29T03:00", "2026-12-01T07:30", "2026-12-01T18:00"] {
            let report = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(
                noticeGiven: F.time("2026-11-23T16:00"), meeting: F.time(meeting), place: "Room 2"))
            #expect(!report.ok, "\(meeting)")
            #expect(report.checks.first { $0.id == "meeting-hours" }?.ok == false, "\(meeting)")
        }
        let christmas = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(
            noticeGiven: F.time("2026-12-23T16:00"), meeting: F.time("2026-12-25T16:00"), place: "Room 2"))
        #expect(!christmas.ok)
        #expect(christmas.earliestValid == F.time("2026-12-29T09:00"))
        let fine = try Self.check("newcastle-2016", "stage1", MeetingCheckInput(
            noticeGiven: F.time("2026-11-23T16:00"), meeting: F.time("2026-11-26T10:00"), place: "Room 2"))
        #expect(fine.ok)
        #expect(fine.earliestValid.map { $0 <= F.time("2026-11-26T10:00") } == true)
    }

    @Test(arguments: ["To be confirmed", "TBC", "tbc.", "", "   ", "To be arranged", "TBA"])
    func aPlaceholderIsNotASpecificPlace(place: String) throws {
        for (policy, kind) in [("newcastle-2016", "stage1"), ("newcastle-2016", "stage2"), ("newcastle-2016", "stage3"),
                               ("cafcass-2017", "stage3"), ("cafcass-2017", "appeal")] {
            let report = try Self.check(policy, kind, MeetingCheckInput(
                noticeGiven: F.time("2026-11-02T09:00"), meeting: F.time("2026-11-30T10:00"), place: place))
            #expect(report.checks.first { $0.id.hasSuffix("place") }?.ok == false, "\(policy) \(kind) '\(place)'")
        }
        #expect(MeetingScheduler.isSpecificPlace("Civic Offices, room 2.14"))
        #expect(!MeetingScheduler.isSpecificPlace(place))
    }

    @Test(arguments: ["newcastle-2016", "newcastle-2008", "notts-police-2019", "cafcass-2017"])
    func theEarliestReturnToWorkMeetingIsOnTheFirstDayBack(policy: String) throws {
        let report = try Self.check(policy, "rtw", MeetingCheckInput(
            noticeGiven: F.time("2026-11-16T09:00"), meeting: F.time("2026-11-18T10:00"), returned: F.day("2026-11-18")))
        #expect(report.earliestValid == F.time("2026-11-18T09:00"))
        let gone = try Self.check(policy, "rtw", MeetingCheckInput(
            noticeGiven: F.time("2026-11-20T09:00"), meeting: F.time("2026-11-23T10:00"), returned: F.day("2026-11-18")))
        #expect(gone.earliestValid == nil, "the first day back has passed")
    }

    @Test func papersSentOnASaturdayMoveTheEarliestAppealHearing() throws {
        let appeal = try Self.check("cafcass-2017", "appeal", MeetingCheckInput(
            noticeGiven: F.time("2026-11-02T10:00"), meeting: F.time("2026-11-23T10:00"), papersSent: F.day("2026-11-21"), place: "Room 1"))
        #expect(appeal.earliestValid == F.time("2026-11-26T09:00"))
        let stage3 = try Self.check("cafcass-2017", "stage3", MeetingCheckInput(
            noticeGiven: F.time("2026-11-02T10:00"), meeting: F.time("2026-11-23T10:00"), papersSent: F.day("2026-11-21"), place: "Room 1"))
        // 5 working days before: papers on Saturday 21st allow a hearing from Monday 30th.
        #expect(stage3.earliestValid == F.time("2026-11-30T09:00"))
    }
}

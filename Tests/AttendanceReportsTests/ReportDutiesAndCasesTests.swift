import AttendanceReports
import AttendanceRules
import AttendanceStore
import Testing

/// Duties kept and cases open in a small organisation worked out by hand: March 2026, to
/// Tuesday 31 March, under Newcastle 2016 (interview on the first day back, no later deadline
/// [002:1129]; fit note from day 8, due by day 8, and the employee's contact on day 8
/// [002:1133]; Bradford days are calendar days over 12 months [002:1233]; triggers 150, 500,
/// 875; long term more than 20 working days [002:1405]; warnings last 6 months at Stage 1 and 9
/// at Stage 2).
///
/// Interviews (first day back → held):
///   d1 sick Mon 2 – Wed 4, back Thu 5, held Thu 5: on time.
///   d2 sick Mon 9 – Tue 10, back Wed 11, held Fri 13: late.
///   d3 sick Mon 16 – Tue 17, back Wed 18, none: not done.
///   d4 sick Mon 2 – Fri 13, back Mon 16, held Mon 16: on time.
///   d5 sick Mon 2 – Fri 20, back Mon 23, none: not done.
///   → 5 due, 2 on time (40%), 1 late, 2 not done.
/// Fit notes (day 8 = Mon 9 March for d4 and d5, the only spells over 7 days in March):
///   d4's received Mon 9: on time; d5's received Thu 12: late. → 2 due, 1 on time, 1 late.
/// Contact on day 8 (Mon 9): d4 called Mon 9: on time; d5 never: not done. → 2, 1, 0, 1.
/// Meetings: d6's Stage 1 on Fri 20 passed its checks; d7's Stage 2 on Wed 25 was overridden;
/// d6's cancelled one and d7's in April are not counted. → 2 meetings, 1 passed, 1 overridden.
///
/// Cases on 31 March (11 people):
///   Bradford (spells² × calendar days): d1 3, d2 2, d3 2, d4 12, d5 19, d9 58 (ongoing since
///   Mon 2 February: 58 calendar days), d8 3² × (5 + 5 + 9) = 171, the rest 0.
///   → under 150: 10; 150 to under 500: 1 (d8); 500 to under 875: 0; 875 and over: 0.
///   Triggers: bradford-150 1 (d8); long-term 1 (d9: 42 working days > 20).
///   Stages: Stage 1: d6 (a booked meeting with no outcome); Stage 2: d7 (a Stage 2 meeting
///   after the Stage 1 warning); appeal: d10 (lodged 8 December 2025, not decided); d11's
///   Stage 1 warning lapsed on 1 March and its review ended, so no case.
///   Warnings live: d7 (lapses 1 April, within 30 days) and d10 (lapses 1 September) → 2, 1 soon.
///   Long-term: d9, 58 calendar days, 42 working days (20 in February, 22 in March), next
///   milestone the 12-week review on Mon 27 April (more than 12 weeks: the day after the 84th).
@Suite struct ReportDutiesAndCasesTests {
    static func day(_ text: String) -> CalendarDay { ReportFixtures.day(text) }

    static func person(_ id: String, sick: [(String, String?)] = [], build: (inout EmployeeDocument) -> Void = { _ in }) -> EmployeeDocument {
        var doc = EmployeeDocument(id: id, name: "Person \(id)", teamId: "t1", pattern: .mondayToFriday, fte: 1)
        doc.absences = sick.enumerated().map { n, s in
            AbsenceRecord(id: "\(id)-a\(n)", type: .sickness, start: day(s.0), end: s.1.map(day), reason: .coldFlu)
        }
        build(&doc)
        return doc
    }

    static func interview(_ id: String, absence: String, held: String) -> RTWInterview {
        RTWInterview(id: id, absenceId: absence, heldOn: day(held), status: .signedOff, signedOffBy: "m1", signedOffOn: day(held))
    }

    static func meeting(_ id: String, kind: String, at: String, notice: String, override: String? = nil, cancelled: Bool = false) -> MeetingRecord {
        MeetingRecord(id: id, kind: kind, at: ReportFixtures.time(at), place: "Room 1", noticeGiven: ReportFixtures.time(notice),
                      delivery: .hand, overrideReason: override, cancelled: cancelled)
    }

    static let employees: [EmployeeDocument] = [
        person("d1", sick: [("2026-03-02", "2026-03-04")]) { $0.interviews = [interview("i1", absence: "d1-a0", held: "2026-03-05")] },
        person("d2", sick: [("2026-03-09", "2026-03-10")]) { $0.interviews = [interview("i2", absence: "d2-a0", held: "2026-03-13")] },
        person("d3", sick: [("2026-03-16", "2026-03-17")]),
        person("d4", sick: [("2026-03-02", "2026-03-13")]) {
            $0.interviews = [interview("i4", absence: "d4-a0", held: "2026-03-16")]
            $0.fitNotes = [FitNoteRecord(id: "f4", absenceId: "d4-a0", from: day("2026-03-09"), to: day("2026-03-13"), received: day("2026-03-09"))]
            $0.contacts = [ContactRecord(id: "c4", absenceId: "d4-a0", on: day("2026-03-09"), by: "employee", via: .phone)]
        },
        person("d5", sick: [("2026-03-02", "2026-03-20")]) {
            $0.fitNotes = [FitNoteRecord(id: "f5", absenceId: "d5-a0", from: day("2026-03-09"), to: day("2026-03-20"), received: day("2026-03-12"))]
        },
        person("d6") {
            $0.meetings = [meeting("m6", kind: "stage1", at: "2026-03-20T10:00", notice: "2026-03-10T09:00"),
                           meeting("m6b", kind: "stage1", at: "2026-03-19T10:00", notice: "2026-03-09T09:00", cancelled: true)]
        },
        person("d7") {
            $0.stages = [StageRecord(id: "s7", stage: "stage1", decidedOn: day("2025-10-01"), outcome: .warning,
                                     warning: WarningRecord(stage: "stage1", issued: day("2025-10-01")))]
            $0.meetings = [meeting("m7", kind: "stage2", at: "2026-03-25T10:00", notice: "2026-03-24T09:00", override: "agreed with the employee"),
                           meeting("m7b", kind: "review", at: "2026-04-02T10:00", notice: "2026-03-20T09:00")]
        },
        person("d8", sick: [("2026-01-05", "2026-01-09"), ("2026-01-19", "2026-01-23"), ("2026-02-09", "2026-02-17")]),
        person("d9", sick: [("2026-02-02", nil)]),
        person("d10") {
            $0.stages = [StageRecord(id: "s10", stage: "stage2", decidedOn: day("2025-12-01"), outcome: .warning,
                                     warning: WarningRecord(stage: "stage2", issued: day("2025-12-01")),
                                     appeal: AppealRecord(lodged: day("2025-12-08")))]
        },
        person("d11") {
            $0.stages = [StageRecord(id: "s11", stage: "stage1", decidedOn: day("2025-09-01"), outcome: .warning,
                                     warning: WarningRecord(stage: "stage1", issued: day("2025-09-01")), reviewPeriodEnd: day("2025-12-01"))]
        },
    ]

    static let report = OrganisationReport(organisation: ReportFixtures.organisation, employees: employees,
                                           policies: ["newcastle-2016": ReportFixtures.policy], holidays: ReportFixtures.holidays,
                                           from: day("2026-03-01"), to: day("2026-03-31"))

    static func count(_ due: Int, _ onTime: Int, _ late: Int, _ notDone: Int) -> ReportDutyCount {
        var count = ReportDutyCount()
        count.due = due
        count.onTime = onTime
        count.late = late
        count.notDone = notDone
        return count
    }

    @Test func interviewsAreOnTimeOnlyWhenHeldByTheirDeadline() {
        let duties = Self.report.organisation.duties
        #expect(duties.returnToWorkInterviews == Self.count(5, 2, 1, 2))
        #expect(duties.returnToWorkInterviews.onTimeShare == 0.4)
    }

    @Test func fitNotesAndContactsAreOnTimeWhenInHandOnTheirDueDay() {
        let duties = Self.report.organisation.duties
        #expect(duties.fitNotes == Self.count(2, 1, 1, 0))
        #expect(duties.contacts == Self.count(2, 1, 0, 1))
    }

    @Test func meetingsInThePeriodPassedTheirChecksOrWereOverridden() {
        let duties = Self.report.organisation.duties
        #expect(duties.meetings == 2 && duties.meetingsPassedChecks == 1 && duties.meetingsOverridden == 1)
        #expect(Self.report.teams.first { $0.key == "t1" }?.duties == duties, "everyone is in Payroll")
    }

    @Test func bradfordScoresFallInThePolicysBands() {
        let bands = Self.report.cases.bradfordBands.map { "\($0.label): \($0.people)" }
        #expect(bands == ["0 to under 150: 10", "150 to under 500: 1", "500 to under 875: 0", "875 and over: 0"])
    }

    @Test func peopleAreCountedAtEachTriggerAndStage() {
        let cases = Self.report.cases
        #expect(cases.people == 11)
        let triggers = Dictionary(uniqueKeysWithValues: cases.triggers.map { ($0.key, $0.people) })
        #expect(triggers == ["bradford-150": 1, "bradford-500": 0, "bradford-875": 0, "long-term": 1])
        #expect(cases.stages.map { "\($0.key) \($0.people)" } == ["stage1 1", "stage2 1", "stage3 0", "appeal 1"])
        #expect(cases.warningsLive == 2 && cases.warningsLapsingSoon == 1)
    }

    @Test func openLongTermCasesShowTheirNextMilestone() throws {
        let cases = Self.report.cases.longTerm
        #expect(cases.count == 1)
        let d9 = try #require(cases.first)
        #expect(d9.employeeId == "d9" && d9.start == Self.day("2026-02-02"))
        #expect(d9.calendarDays == 58 && d9.workingDays == 42)
        #expect(d9.nextMilestoneOn == Self.day("2026-04-27"))
        #expect(d9.nextMilestone?.hasPrefix("12-week review") == true)
    }

    /// Newcastle 2008 allows 5 working days from the first day back [002:1692]: back Wed 4
    /// March, so held by Wed 11 March is on time (Tue 10) and Thu 12 is late.
    @Test func aPolicyDeadlineInWorkingDaysDecidesWhetherAnInterviewWasOnTime() {
        let people = [("e1", "2026-03-10"), ("e2", "2026-03-11"), ("e3", "2026-03-12")].map { id, held in
            Self.person(id, sick: [("2026-03-02", "2026-03-03")]) {
                $0.policy = "newcastle-2008"
                $0.interviews = [Self.interview("i-\(id)", absence: "\(id)-a0", held: held)]
            }
        }
        let report = OrganisationReport(organisation: ReportFixtures.organisation, employees: people,
                                        policies: ["newcastle-2008": ReportFixtures.shippedPolicy("newcastle-2008")],
                                        holidays: ReportFixtures.holidays, from: Self.day("2026-03-01"), to: Self.day("2026-03-31"))
        #expect(report.organisation.duties.returnToWorkInterviews == Self.count(3, 2, 1, 0))
    }

    /// The regular contact NOTTS asks for ("no less than weekly" [001:15]): stretches of 7 days
    /// from the first day, each kept by a contact within it.
    @Test func regularContactIsCheckedStretchByStretch() throws {
        let policy = ReportFixtures.shippedPolicy("notts-police-2019")
        let calendar = WorkingCalendar(pattern: .mondayToFriday, nation: .englandAndWales, holidays: ReportFixtures.holidays)
        let planner = DutyPlanner(policy: policy, employeeCalendar: calendar, organisationCalendar: calendar)
        // Sick Mon 2 – Tue 31 March (30 days): stretches end 9, 16, 23 and 30 March.
        // Contacts 6 March (keeps the first; the next runs to 13), 20 March (the stretch ending
        // 13 March had none, so late; then runs to 27), none by 27 March and none after: not done.
        let record = EmployeeRecord(id: "n1", pattern: .mondayToFriday, nation: .englandAndWales,
                                    absences: [AbsenceRecord(id: "a", type: .sickness, start: Self.day("2026-03-02"), end: Self.day("2026-03-31"))])
        let spell = try #require(AbsenceCounter(policy: policy, calendar: calendar).figures(for: record, asOf: Self.day("2026-03-31")).spells.first)
        let kept = planner.regularContacts(spell: spell, contacts: [Self.day("2026-03-06"), Self.day("2026-03-20")],
                                           from: Self.day("2026-03-01"), through: Self.day("2026-03-31"))
        #expect(kept.map { "\($0.due.iso) \($0.kept.rawValue)" } == [
            "2026-03-09 on-time", "2026-03-13 late", "2026-03-20 on-time", "2026-03-27 not-done",
        ])
    }
}

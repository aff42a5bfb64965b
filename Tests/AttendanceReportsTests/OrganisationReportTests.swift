import AttendanceReports
import AttendanceRules
import AttendanceStore
import Testing

/// HR's report on a small organisation worked out by hand: March 2026 (no bank holiday in
/// England and Wales), Newcastle 2016's counting (long term: a spell of more than 20 working
/// days, [002:1404]).
///
/// Payroll (4 people): e1 full time, sick Mon 2 – Wed 4 March (3 working days, cold or flu);
/// e2 full time, sick Fri 6 – Mon 9 March (2: the weekend does not count); e3 full time, sick
/// from Mon 16 February to Tue 31 March (32 working days in all, so long term; 22 in March,
/// musculoskeletal); e4 works Mondays and Tuesdays at 0.4 FTE (10 working days in March), sick
/// Mon 16 March (1, cold or flu).
/// Parks (5 people): e5–e9 full time, each sick Wed 18 March (1 each, cold or flu).
///
/// March has 22 weekdays. Payroll: available 3 × 22 + 10 = 76; lost 3 + 2 + 22 + 1 = 28;
/// rate 28 / 76 = 0.3684; FTE 3.4, so 8.24 days per FTE; short term 6, long term 22; 4 spells.
/// Parks: available 110, lost 5, rate 0.0455, 1.0 per FTE. Organisation: 186 available, 33
/// lost (0.1774), 8.4 FTE → 3.93 per FTE.
/// Spells starting in March by weekday: Monday 2 (e1, e4), Wednesday 5 (Parks), Friday 1 (e2);
/// e3's spell began in February.
/// Reasons, organisation: cold or flu for 8 people (e1, e2, e4–e9): 3 + 2 + 1 + 5 = 11 days in
/// 8 spells, shown; musculoskeletal for 1 person, suppressed. Payroll has 4 people, fewer than
/// 5, so every reason of its own is suppressed; Parks' cold or flu (5 people) is shown.
@Suite struct OrganisationReportTests {
    static func day(_ text: String) -> CalendarDay { ReportFixtures.day(text) }

    static func person(_ id: String, team: String, pattern: WorkingPattern = .mondayToFriday, fte: Double = 1,
                       sick: [(String, String, ReasonCategory)]) -> EmployeeDocument {
        var doc = EmployeeDocument(id: id, name: "Person \(id)", teamId: team, pattern: pattern, fte: fte)
        doc.absences = sick.enumerated().map { n, s in
            AbsenceRecord(id: "a\(n)", type: .sickness, start: day(s.0), end: day(s.1), reason: s.2)
        }
        return doc
    }

    static let mondaysAndTuesdays: WorkingPattern = {
        do { return try WorkingPattern(days: [.monday, .tuesday], hoursPerDay: 7.5) } catch { preconditionFailure("\(error)") }
    }()

    static let employees: [EmployeeDocument] = [
        person("e1", team: "t1", sick: [("2026-03-02", "2026-03-04", .coldFlu)]),
        person("e2", team: "t1", sick: [("2026-03-06", "2026-03-09", .coldFlu)]),
        person("e3", team: "t1", sick: [("2026-02-16", "2026-03-31", .musculoskeletal)]),
        person("e4", team: "t1", pattern: mondaysAndTuesdays, fte: 0.4,
               sick: [("2026-03-16", "2026-03-16", .coldFlu)]),
    ] + (5...9).map { person("e\($0)", team: "t2", sick: [("2026-03-18", "2026-03-18", .coldFlu)]) }

    static let report = OrganisationReport(organisation: ReportFixtures.organisation, employees: employees,
                                           policies: ["newcastle-2016": ReportFixtures.policy], holidays: ReportFixtures.holidays,
                                           from: day("2026-03-01"), to: day("2026-03-31"))

    @Test func workingTimeLostIsCountedOnEachPersonsOwnPattern() throws {
        let payroll = try #require(Self.report.teams.first { $0.key == "t1" })
        #expect(payroll.people == 4)
        #expect(payroll.workingDaysAvailable == 76)
        #expect(payroll.workingDaysLost == 28)
        #expect(abs((payroll.absenceRate ?? 0) - 28.0 / 76.0) < 1e-9)
        #expect(abs((payroll.daysLostPerFTE ?? 0) - 28.0 / 3.4) < 1e-9)
        #expect(payroll.shortTermDaysLost == 6 && payroll.longTermDaysLost == 22)
        #expect(payroll.spells == 4)
        let parks = try #require(Self.report.teams.first { $0.key == "t2" })
        #expect(parks.workingDaysAvailable == 110 && parks.workingDaysLost == 5)
        let all = Self.report.organisation
        #expect(all.people == 9 && all.workingDaysAvailable == 186 && all.workingDaysLost == 33)
        #expect(abs(all.fte - 8.4) < 1e-9)
        #expect(all.monthlyDaysLost == [33] && all.monthlyDaysAvailable == [186], "one month, March")
    }

    @Test func spellStartsAreCountedByWeekdayForThoseStartingInThePeriod() {
        #expect(Self.report.weekdayStarts == [[2, 0, 5, 0, 1, 0, 0]])
    }

    @Test func reasonsForFewerThanFivePeopleAreSuppressed() throws {
        let cold = try #require(Self.report.reasons.first { $0.reason == "cold-flu" })
        #expect(!cold.suppressed && cold.workingDaysLost == 11 && cold.spells == 8)
        let back = try #require(Self.report.reasons.first { $0.reason == "musculoskeletal" })
        #expect(back.suppressed && back.workingDaysLost == nil && back.spells == nil)
        // Payroll alone is a group of 4: nothing of its reasons is shown.
        let payroll = Self.employees.filter { $0.teamId == "t1" }.map {
            PersonInReport(employee: $0, organisation: ReportFixtures.organisation, policy: ReportFixtures.policy, holidays: ReportFixtures.holidays,
                           from: Self.day("2026-03-01"), to: Self.day("2026-03-31"), months: Self.report.months)
        }
        let ofFour = OrganisationReport.reasons(of: payroll, minimumGroupSize: 5)
        #expect(!ofFour.isEmpty && ofFour.allSatisfy { $0.suppressed })
        let lower = try #require(OrganisationReport.reasons(of: payroll, minimumGroupSize: 3).first { $0.reason == "cold-flu" })
        #expect(!lower.suppressed && lower.workingDaysLost == 6, "e1, e2 and e4: 3 + 2 + 1")
    }

    @Test func theCSVTablesAreRFC4180WithRatesAsFractions() {
        let text = CSVWriter(includesByteOrderMark: false).text(OrganisationReportTables.groups(Self.report.teams))
        #expect(text.hasPrefix("key,name,people,fte,working_days_available,working_days_lost,absence_rate,days_lost_per_fte,short_term_days_lost,long_term_days_lost,spells\r\n"))
        #expect(text.contains("t1,Payroll,4,3.4,76,28,0.3684,8.24,6,22,4\r\n"))
        let reasons = CSVWriter(includesByteOrderMark: false).text(OrganisationReportTables.reasons(Self.report))
        #expect(reasons.contains("musculoskeletal,Musculoskeletal,fewer than 5,fewer than 5,yes"))
    }
}

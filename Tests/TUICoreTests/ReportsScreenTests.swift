import AttendanceReports
import AttendanceDemo
import AttendanceRules
import AttendanceStore
import Testing
import TUICore
import TestSupport

/// The Reports screen (7) as text frames: the organisation's summary, a bar and a trend per
/// team with its figures printed, and the weekday map with its counts, at 80x24 and 200x60.
@Suite struct ReportsScreenTests {
    static func open(width: Int, height: Int) -> AppState {
        var state = TUIFixtures.state(width: width, height: height)
        TUIFixtures.press(&state, .character("7"))
        return state
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func theReportShowsTheOrganisationEveryTeamWithItsFiguresAndTheWeekdayMap(_ width: Int, _ height: Int) throws {
        let state = Self.open(width: width, height: height)
        #expect(state.screen == .reports)
        let lines = TUIFixtures.lines(state)
        let frame = lines.joined(separator: "\n")
        let report = ReportsScreen.report(state)
        #expect(frame.contains("Reports · \(report.from.ukDisplay) – \(report.to.ukDisplay)"))
        #expect(frame.contains("\(report.organisation.workingDaysLost) of \(report.organisation.workingDaysAvailable) working days lost"), "\(width)x\(height)")
        for team in report.teams {
            #expect(frame.contains("\(team.workingDaysLost)/\(team.workingDaysAvailable)"), "\(team.name)'s figures at \(width)x\(height)")
        }
        #expect(frame.contains("Mon   Tue   Wed"), "the weekday map at \(width)x\(height)")
        #expect(lines.allSatisfy { TextWidth.of($0) <= width }, "nothing past \(width) columns")
        if width >= 120 {
            #expect(frame.contains(report.teams[0].name), "whole team names at \(width) columns")
        }
    }

    @Test func theTeamsAddUpAndTheTrendHasAMonthEach() {
        let report = ReportsScreen.report(Self.open(width: 120, height: 40))
        #expect(report.teams.reduce(0) { $0 + $1.workingDaysLost } == report.organisation.workingDaysLost)
        #expect(report.months.count == 13, "21/11/2025 to 20/11/2026 touches 13 calendar months")
        #expect(report.organisation.monthlyDaysLost.reduce(0, +) == report.organisation.workingDaysLost)
    }

    @Test func bracketsMoveThePeriodAndEnterOpensTheTeamOnTheRoster() throws {
        var state = Self.open(width: 120, height: 40)
        let first = ReportsScreen.report(state)
        TUIFixtures.press(&state, .character("["))
        let earlier = ReportsScreen.report(state)
        #expect(earlier.to == first.to.adding(months: -1))
        TUIFixtures.press(&state, .character("]"))
        #expect(ReportsScreen.report(state).to == first.to)
        TUIFixtures.press(&state, .down, .enter)
        let team = first.teams[1]
        #expect(state.screen == .roster && state.roster.team == team.key)
        #expect(state.visibleRows.allSatisfy { row in state.data.employee(row.id)?.teamId == team.key })
    }

    static let blockGlyphs = Set("▁▂▃▄▅▆▇█▏▎▍▌▋▊▉░▒▓")

    @Test func tabShowsCasesDutiesAndReasonsInTurnAndPageDownScrollsThePanel() throws {
        var state = Self.open(width: 80, height: 24)
        let report = ReportsScreen.report(state)
        #expect(TUIFixtures.lines(state).joined().contains("Sickness spells starting on each weekday"))
        TUIFixtures.press(&state, .tab)
        var frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Triggers and cases") && frame.contains("PgDn more"))
        let trigger = try #require(report.cases.triggers.first)
        #expect(frame.contains(trigger.label))
        TUIFixtures.press(&state, .pageDown)
        frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(!frame.contains(trigger.label), "scrolled past the first trigger")
        #expect(frame.contains("PgDn more") || frame.contains("PgUp back"))
        TUIFixtures.press(&state, .tab)
        frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Duties kept") && frame.contains("Interviews"))
        let interviews = report.organisation.duties.returnToWorkInterviews
        #expect(frame.contains("\(interviews.onTime)/\(interviews.due)"), "the scroll went back to the top")
        TUIFixtures.press(&state, .tab)
        frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Reasons") && frame.contains("Days lost"))
        TUIFixtures.press(&state, .pageDown)
        frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("fewer than 5 people"), "small groups further down are suppressed")
        for employee in state.data.employees {
            #expect(!frame.contains(employee.name), "no name beside reasons: \(employee.name)")
        }
        TUIFixtures.press(&state, .tab)
        #expect(state.reports.section == .weekdays)
        TUIFixtures.press(&state, .backTab)
        #expect(state.reports.section == .reasons)
    }

    @Test func atTwoHundredColumnsEverySectionIsBesideTheWeekdayMap() throws {
        let state = Self.open(width: 200, height: 60)
        let report = ReportsScreen.report(state)
        let lines = TUIFixtures.lines(state)
        let frame = lines.joined(separator: "\n")
        for heading in ["Sickness spells starting on each weekday", "Triggers and cases", "Duties kept", "Reasons"] {
            #expect(frame.contains(heading), "\(heading) at 200x60")
        }
        let longTerm = try #require(report.cases.longTerm.first)
        #expect(frame.contains(longTerm.name) && frame.contains(longTerm.nextMilestoneOn?.ukDisplay ?? "?"))
        for band in report.cases.bradfordBands { #expect(frame.contains(band.label)) }
        // The weekday map and the cases share rows.
        #expect(lines.contains { $0.contains("Mon   Tue") && $0.contains("At a trigger point") })
        #expect(lines.allSatisfy { TextWidth.of($0) <= 200 })
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func withoutUnicodeTheChartsAreDrawnInASCII(_ width: Int, _ height: Int) {
        var state = Self.open(width: width, height: height)
        #expect(TUIFixtures.lines(state).joined().contains { Self.blockGlyphs.contains($0) }, "blocks by default")
        state.asciiOnly = true
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(!frame.contains { Self.blockGlyphs.contains($0) }, "no block elements at \(width)x\(height)")
        #expect(frame.contains("#"), "bars of #")
        let report = ReportsScreen.report(state)
        #expect(frame.contains(Sparkline.of(report.organisation.monthlyRates, ascii: true)), "the ASCII trend")
    }

    /// A large organisation (many teams): the team rows scroll with the selection, and the
    /// heat map's cells widen for three-figure counts.
    @Test func manyTeamsScrollWithTheSelectedOne() throws {
        let (organisation, employees) = SyntheticOrganisation.generate(employees: 600, years: 2, seed: 7, today: TUIFixtures.today,
                                                                        policy: ShippedFixtures.policy("newcastle-2016"), holidays: ShippedFixtures.holidays)
        let data = AppData(snapshot: StoreSnapshot(organisation: organisation, employees: employees, problems: []),
                           policies: ShippedFixtures.policies, holidays: ShippedFixtures.holidays, today: TUIFixtures.today)
        var state = AppState(data: data, width: 80, height: 24)
        TUIFixtures.press(&state, .character("7"))
        let teams = ReportsScreen.report(state).teams
        try #require(teams.count > 20, "a generated organisation of 600 has many teams")
        var frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("of \(teams.count))") && frame.contains(String(TextWidth.truncate(teams[0].name, to: 20).prefix(12))))
        for _ in 0..<15 { TUIFixtures.press(&state, .down) }
        frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(state.reports.selected == 15)
        #expect(frame.contains("\(teams[15].workingDaysLost)/\(teams[15].workingDaysAvailable)"), "the selected team is in view")
        #expect(!frame.contains(" \(teams[0].workingDaysLost)/\(teams[0].workingDaysAvailable) "), "the first has scrolled away")
    }
}

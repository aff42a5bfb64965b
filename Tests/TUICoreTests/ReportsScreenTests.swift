import AttendanceReports
import AttendanceRules
import Testing
import TUICore

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
}

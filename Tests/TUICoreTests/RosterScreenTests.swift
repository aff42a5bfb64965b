import AttendanceRules
import Testing
import TUICore

@Suite struct RosterScreenTests {
    @Test func rosterAt80x24ShowsHeaderColumnsAndHints() {
        let lines = TUIFixtures.lines(TUIFixtures.state())
        #expect(lines.count == 24)
        #expect(lines[0].contains("attend · Riverside Shared Services"))
        #expect(lines[0].contains("Fri 20/11/2026"))
        #expect(lines[1].hasPrefix("┌ Team roster"))
        #expect(lines[2].contains("NAME") && lines[2].contains("TODAY") && lines[2].contains("FIGURE"))
        #expect(lines[3].contains("▶ Aisha Begum"))
        #expect(lines[23].contains("move") && lines[23].contains("quit"))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
    }

    @Test func wideNamesLineUpInTheirColumn() {
        var state = TUIFixtures.state(width: 120, height: 40)
        TUIFixtures.press(&state, .character("/"), .character("王"), .enter)
        let lines = TUIFixtures.lines(state)
        let row = lines.first { $0.contains("王小明") } ?? ""
        // The team column starts at the same display column as in the header.
        let header = lines[2]
        let headerTeam = TextWidth.of(String(header[..<(header.range(of: "TEAM")?.lowerBound ?? header.endIndex)]))
        let rowTeam = TextWidth.of(String(row[..<(row.range(of: "Customer")?.lowerBound ?? row.endIndex)]))
        #expect(headerTeam == rowTeam)
    }

    @Test func movingDownAndSortingByFigurePutsTheHighestScoreFirst() {
        var state = TUIFixtures.state()
        TUIFixtures.press(&state, .down, .down)
        #expect(state.roster.selected == 2)
        TUIFixtures.press(&state, .character("s"))
        #expect(state.roster.sort == .figure)
        let top = state.visibleRows.first
        #expect(top?.score == state.data.rows.map(\.score).max())
    }

    @Test func filterNarrowsTheListAndEscapeClearsIt() {
        var state = TUIFixtures.state()
        TUIFixtures.press(&state, .character("/"), .character("s"), .character("i"), .character("â"))
        #expect(state.roster.editingFilter)
        #expect(state.visibleRows.map(\.name) == ["Siân Llŷr"])
        TUIFixtures.press(&state, .escape)
        #expect(state.roster.filter.isEmpty)
        #expect(state.visibleRows.count == state.data.rows.count)
    }

    @Test func teamKeysCycleThroughTeams() {
        var state = TUIFixtures.state()
        TUIFixtures.press(&state, .character("]"))
        let team = state.roster.team
        #expect(team != nil)
        #expect(state.visibleRows.allSatisfy { $0.teamId == team })
        TUIFixtures.press(&state, .character("["))
        #expect(state.roster.team == nil)
    }

    @Test func quitReturnsTheQuitEffect() {
        var state = TUIFixtures.state()
        #expect(TUIFixtures.press(&state, .character("q")) == [.quit])
    }

    @Test func helpShowsTheScreensKeysAndClosesWithEscape() {
        var state = TUIFixtures.state()
        TUIFixtures.press(&state, .character("?"))
        let text = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(text.contains("Keys: Team roster"))
        #expect(text.contains("sort (name, figure, status)"))
        TUIFixtures.press(&state, .escape)
        #expect(!state.showHelp)
    }

    @Test func tooSmallTerminalSaysTheMinimumSize() {
        var state = TUIFixtures.state()
        _ = AppReducer.reduce(&state, .resize(width: 60, height: 20))
        let lines = TUIFixtures.lines(state)
        #expect(lines[0] == "Terminal too small: 60x20.")
        #expect(lines[1] == "attend needs at least 80x24.")
        _ = AppReducer.reduce(&state, .resize(width: 200, height: 60))
        #expect(TUIFixtures.lines(state)[1].hasPrefix("┌ Team roster"))
    }

    @Test func badgesAreShort() {
        #expect(RosterScreen.badge("bradford-150") == "B150")
        #expect(RosterScreen.badge("long-term") == "LT")
        #expect(RosterScreen.badge("asm-occasions-2") == "AO2")
    }
}

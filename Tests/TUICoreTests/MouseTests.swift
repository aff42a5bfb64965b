import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// The mouse (issue 13): a click on a key hint runs it, a click on a roster row selects it and
/// a second opens the person, the wheel moves, and a form never takes a click.
@Suite struct MouseTests {
    @Test func aClickOnTheQuitHintQuitsAndOnHelpOpensIt() throws {
        var state = TUIFixtures.state(width: 120, height: 40)
        let bar = AppView.hintLayout(AppReducer.hints(for: .roster), width: 120, global: true)
        let help = try #require(bar.first { $0.hint.keys == "?" })
        TUIFixtures.press(&state, .mouse(.click, x: help.x, y: 39))
        #expect(state.showHelp)
        TUIFixtures.press(&state, .escape)
        let quit = try #require(bar.first { $0.hint.keys == "q" })
        #expect(TUIFixtures.press(&state, .mouse(.click, x: quit.x + 2, y: 39)) == [.quit])
    }

    @Test func aClickSelectsARosterRowAndASecondOpensThePerson() {
        var state = TUIFixtures.state(width: 120, height: 40)
        let frame = TUIFixtures.lines(state)
        guard let y = frame.firstIndex(where: { $0.contains("Calum Stewart") }) else { Issue.record("no row"); return }
        TUIFixtures.press(&state, .mouse(.click, x: 10, y: y))
        #expect(state.selectedRow?.name == "Calum Stewart")
        TUIFixtures.press(&state, .mouse(.click, x: 10, y: y))
        #expect(state.screen != .roster)
        // The wheel moves as ↓ does.
        state.screen = .roster
        let before = state.roster.selected
        TUIFixtures.press(&state, .mouse(.wheelDown, x: 10, y: 10))
        #expect(state.roster.selected == before + 1)
    }

    @Test func aClickOnACalendarCellSelectsThePersonAndTheDay() {
        var state = TUIFixtures.state(width: 120, height: 40)
        TUIFixtures.press(&state, .character("2"))
        let frame = TUIFixtures.lines(state)
        guard let y = frame.firstIndex(where: { $0.contains("Calum Stewart") }) else { Issue.record("no row"); return }
        // Find the column of the 10th: scan the row for the cell the layout gives that day.
        guard let x = (0..<120).first(where: { TeamCalendarScreen.cell(atX: $0, y: y, state)?.day?.day == 10 }) else { Issue.record("no day 10"); return }
        TUIFixtures.press(&state, .mouse(.click, x: x, y: y))
        #expect(state.selectedRow?.name == "Calum Stewart" && state.calendar.cursor.day == 10)
        TUIFixtures.press(&state, .mouse(.click, x: x, y: y))
        #expect(state.screen == .personYear && state.year.cursor.day == 10)
    }

    @Test func aFormTakesNoClickOrWheel() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        let before = state.flow
        #expect(TUIFixtures.press(&state, .mouse(.click, x: 20, y: 10), .mouse(.wheelDown, x: 20, y: 10)).isEmpty)
        #expect(state.flow == before)
        #expect(MouseRouter.key(for: "^S") == .control("s") && MouseRouter.key(for: "↑↓ j k") == nil && MouseRouter.key(for: "Enter Esc") == .enter)
    }
}

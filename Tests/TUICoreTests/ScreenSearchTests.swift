import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// `/` searches every screen, with n and N for the next and previous match (issue 13).
@Suite struct ScreenSearchTests {
    static func search(_ state: inout AppState, _ text: String) {
        TUIFixtures.press(&state, .character("/"))
        for c in text { TUIFixtures.press(&state, .character(c)) }
        TUIFixtures.press(&state, .enter)
    }

    @Test func onTheCalendarASearchFindsThePersonAndNStepsOn() {
        var state = TUIFixtures.state(width: 120, height: 40)
        TUIFixtures.press(&state, .character("2"))
        Self.search(&state, "siân")
        #expect(state.selectedRow?.id == "sian-llyr" && state.message?.contains("1 of 1") == true, "\(state.message ?? "")")
        Self.search(&state, "mac")
        let first = state.selectedRow?.id
        TUIFixtures.press(&state, .character("n"))
        #expect(state.selectedRow?.id != first && state.selectedRow?.name.lowercased().contains("mac") == true)
        TUIFixtures.press(&state, .character("N"))
        #expect(state.selectedRow?.id == first)
        // Esc closes the search first; then n is the next month again.
        TUIFixtures.press(&state, .escape)
        #expect(state.search == nil && state.screen == .teamCalendar)
        let month = state.calendar.cursor.month
        TUIFixtures.press(&state, .character("n"))
        #expect(state.calendar.cursor.month != month)
    }

    @Test func onTheTimelineASearchSelectsTheItemAndThisWeeksEntries() {
        var state = TUIFixtures.state(width: 120, height: 40)
        if let index = state.visibleRows.firstIndex(where: { $0.id == "aisha-begum" }) { state.roster.selected = index }
        TUIFixtures.press(&state, .character("4"))
        Self.search(&state, "written warning")
        guard let model = TimelineScreen.timeline(state) else { Issue.record("no timeline"); return }
        let item = model.items[state.timeline.selected]
        #expect((item.title + item.details.joined()).lowercased().contains("written warning"), "\(item.title)")
        TUIFixtures.press(&state, .character("6"))
        Self.search(&state, "mohammed")
        #expect(WeeklyScreen.model(state).entries[state.weekly.selected].name == "Mohammed Iqbal")
    }

    @Test func onThePersonScreenASearchScrollsThePaneToTheLine() throws {
        var state = TUIFixtures.state(width: 80, height: 24)
        if let index = state.visibleRows.firstIndex(where: { $0.id == "aisha-begum" }) { state.roster.selected = index }
        TUIFixtures.press(&state, .character("5"))
        Self.search(&state, "warnings")
        let (figures, _) = try #require(PersonDetailScreen.paneLines(state))
        let line = figures.firstIndex { $0.text.lowercased().contains("warnings") }
        #expect(line != nil && state.detail.pane == .figures)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").lowercased().contains("warnings"))
        Self.search(&state, "zzzz-nothing")
        #expect(state.message?.contains("no match") == true)
    }
}

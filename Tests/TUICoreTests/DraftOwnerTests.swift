import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// Kept drafts belong to their person (issue 13): `D` resumes a form for the person it was
/// started for, whoever is selected now, says whose it is, and lists several to choose from.
@Suite struct DraftOwnerTests {
    static func select(_ state: inout AppState, _ id: String) {
        if let index = state.visibleRows.firstIndex(where: { $0.id == id }) { state.roster.selected = index }
    }

    @Test func dResumesTheMeetingFormForThePersonItWasStartedFor() throws {
        var state = TUIFixtures.state(width: 120, height: 40)
        Self.select(&state, "oliver-bennett")
        TUIFixtures.press(&state, .character("M"), .tab)
        FormFlowTests.clearField(&state)
        FormFlowTests.type(&state, "30/11/2026")
        TUIFixtures.press(&state, .escape)
        #expect(state.pendingDrafts.map(\.employeeId) == ["oliver-bennett"])
        Self.select(&state, "kwame-mensah")
        TUIFixtures.press(&state, .character("D"))
        guard case .scheduleMeeting(let flow)? = state.flow else { Issue.record("no form: \(state.message ?? "")"); return }
        #expect(flow.employeeId == "oliver-bennett" && flow.form.value("date") == "30/11/2026")
        #expect(state.message?.contains("for Oliver Bennett") == true)
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Schedule a meeting · Oliver Bennett") && !frame.contains("Kwame"))
        #expect(state.selectedRow?.id == "oliver-bennett")
    }

    @Test func severalKeptFormsAreListedAndTheChosenOneResumes() throws {
        var state = TUIFixtures.state(width: 120, height: 40)
        Self.select(&state, "oliver-bennett")
        TUIFixtures.press(&state, .character("f"))
        FormFlowTests.type(&state, "23/11/2026")
        TUIFixtures.press(&state, .escape)
        Self.select(&state, "kwame-mensah")
        TUIFixtures.press(&state, .character("f"))
        FormFlowTests.type(&state, "24/11/2026")
        TUIFixtures.press(&state, .escape)
        #expect(state.pendingDrafts.count == 2)
        TUIFixtures.press(&state, .character("D"))
        guard case .drafts? = state.flow else { Issue.record("no list"); return }
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("fit note form · Oliver Bennett · ") && frame.contains("fit note form · Kwame Mensah · "), "\(frame)")
        TUIFixtures.press(&state, .down, .enter)
        guard case .fitNote(let flow)? = state.flow else { Issue.record("not resumed"); return }
        #expect(flow.employeeId == "kwame-mensah" && flow.form.value("from") == "24/11/2026")
        #expect(state.pendingDrafts.map(\.employeeId) == ["oliver-bennett"])
    }

    @Test func openingTheSameFormForTheSamePersonResumesWhatWasTyped() {
        var state = TUIFixtures.state(width: 120, height: 40)
        Self.select(&state, "oliver-bennett")
        TUIFixtures.press(&state, .character("f"))
        FormFlowTests.type(&state, "23/11/2026")
        TUIFixtures.press(&state, .escape, .character("f"))
        guard case .fitNote(let flow)? = state.flow else { Issue.record("no form"); return }
        #expect(flow.form.value("from") == "23/11/2026" && state.message?.hasPrefix("Resumed") == true)
    }

    @Test func theInterviewKeepsAnAnswerTypedButNotConfirmed() {
        var state = TUIFixtures.state(width: 120, height: 40)
        guard let row = state.visibleRows.first(where: { row in
            InterviewFlow.open(data: state.data, employeeId: row.id).flow != nil
        }) else { Issue.record("nobody to interview"); return }
        Self.select(&state, row.id)
        TUIFixtures.press(&state, .character("i"))
        FormFlowTests.type(&state, "typed, not yet saved")
        TUIFixtures.press(&state, .escape)
        #expect(state.pendingDrafts.first?.kind == "interview")
        TUIFixtures.press(&state, .character("i"))
        guard case .interview(let flow)? = state.flow, case .prompt(let i) = flow.step else { Issue.record("no interview"); return }
        #expect(flow.answer(flow.script.prompts[i].id) == "typed, not yet saved")
    }

    @Test func anInterviewAnswerEditsAtTheCursorAndAPasteKeepsItsLines() {
        var state = TUIFixtures.state(width: 120, height: 40)
        guard let row = state.visibleRows.first(where: { InterviewFlow.open(data: state.data, employeeId: $0.id).flow != nil }) else {
            Issue.record("nobody to interview"); return
        }
        Self.select(&state, row.id)
        TUIFixtures.press(&state, .character("i"))
        FormFlowTests.type(&state, "abc")
        TUIFixtures.press(&state, .left, .left, .character("X"), .end, .paste("\nsecond line"))
        guard case .interview(let flow)? = state.flow, case .prompt(let i) = flow.step else { Issue.record("no interview"); return }
        #expect(flow.answer(flow.script.prompts[i].id) == "aXbc\nsecond line")
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("second line▏"))
    }
}

import Foundation
import AttendanceRules
import AttendanceStore
import Testing
import TUICore

/// The sickness call, return, contact and fit-note flows: keys in, validation beside the
/// field, a save effect out, and the duties after the save.
@Suite struct FormFlowTests {
    /// The roster positioned on a person who is at work (no open sickness).
    static func stateOnAtWorkPerson() -> AppState {
        var state = TUIFixtures.state(width: 120, height: 40)
        let index = state.visibleRows.firstIndex { state.data.employee($0.id)?.openSickness == nil } ?? 0
        state.roster.selected = index
        return state
    }

    static func type(_ state: inout AppState, _ text: String) {
        for c in text { TUIFixtures.press(&state, .character(c)) }
    }

    static func clearField(_ state: inout AppState) {
        for _ in 0..<20 { TUIFixtures.press(&state, .backspace) }
    }

    @Test func sicknessCallSavesAnOngoingAbsenceWithTheCall() {
        var state = Self.stateOnAtWorkPerson()
        let id = state.selectedRow?.id ?? ""
        TUIFixtures.press(&state, .character("c"))
        guard case .sicknessCall = state.flow else { Issue.record("no flow"); return }
        // First day: yesterday; time 10:30 (late under the policy); channel text.
        Self.clearField(&state)
        Self.type(&state, "19/11/2026")
        TUIFixtures.press(&state, .tab)
        Self.clearField(&state)
        Self.type(&state, "10:30")
        TUIFixtures.press(&state, .tab, .right, .right)  // phone → proxy → text
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .save(let document, let action, _)? = effects.first else { Issue.record("no save effect: \(effects)"); return }
        #expect(action == "sickness.call")
        #expect(document.id == id)
        #expect(document.openSickness?.start == CalendarDay(year: 2026, month: 11, day: 19))
        let flags = document.sicknessCalls.last?.flags ?? []
        #expect(flags.contains { $0.hasPrefix("Late call") })
        #expect(flags.contains { $0.hasPrefix("Reported by text") })
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Saving"))
    }

    @Test func badDateIsMarkedBesideTheFieldAndNothingIsSaved() {
        var state = Self.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        Self.clearField(&state)
        Self.type(&state, "31/02/2026")
        let effects = TUIFixtures.press(&state, .control("s"))
        #expect(effects.isEmpty)
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("✗ not a date; type dd/mm/yyyy"))
        // What was typed is still there.
        #expect(frame.contains("31/02/2026"))
    }

    @Test func futureFirstDayIsRefused() {
        var state = Self.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        Self.clearField(&state)
        Self.type(&state, "25/11/2026")
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("in the future"))
    }

    @Test func returnIsOnlyOfferedForSomeoneOffSick() {
        var state = Self.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("r"))
        #expect(state.flow == nil)
        #expect(state.message?.contains("not off sick") == true)
    }

    @Test func returnClosesTheOpenAbsenceTheDayBefore() {
        var state = TUIFixtures.state(width: 120, height: 40)
        guard let index = state.visibleRows.firstIndex(where: { state.data.employee($0.id)?.openSickness != nil }) else {
            Issue.record("demo has nobody off sick"); return
        }
        state.roster.selected = index
        let open = state.data.employee(state.visibleRows[index].id)?.openSickness
        TUIFixtures.press(&state, .character("r"))
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .save(let document, _, _)? = effects.first else { Issue.record("no save"); return }
        let closed = document.absences.first { $0.id == open?.id }
        #expect(closed?.end == CalendarDay(year: 2026, month: 11, day: 19))
    }

    @Test func escapeCancelsAndAFailedSaveKeepsTheForm() {
        var state = Self.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        _ = TUIFixtures.press(&state, .control("s"))
        _ = AppReducer.reduce(&state, .effectFailed("changed by another attend since it was read"))
        guard case .sicknessCall(let flow)? = state.flow else { Issue.record("flow closed"); return }
        #expect(flow.phase == .editing)
        #expect(state.message?.contains("Not saved") == true)
        TUIFixtures.press(&state, .escape)
        #expect(state.flow == nil)
    }

    @Test func savedCallShowsTheDutiesItStarts() {
        var state = Self.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .save(let document, _, _)? = effects.first else { Issue.record("no save"); return }
        // What the runner does after a save: reload the data with the new document.
        let employees = state.data.employees.map { $0.id == document.id ? document : $0 }
        let snapshot = StoreSnapshot(organisation: state.data.organisation, employees: employees, problems: [])
        let data = AppData(snapshot: snapshot, policies: Array(state.data.policies.values), holidays: state.data.holidays, today: state.data.today)
        _ = AppReducer.reduce(&state, .reloaded(data, message: "Saved."))
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Saved. Enter or Esc to close."))
        #expect(frame.contains("What is due:"))
        #expect(state.roster.selected == state.visibleRows.firstIndex { $0.id == document.id })
    }
}

/// What was typed into a form is never lost: Esc keeps it, D brings it back.
@Suite struct FormDraftTests {
    @Test func escapeKeepsTheTypedFormAndDRestoresIt() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        for _ in 0..<5 { TUIFixtures.press(&state, .tab) }  // to "Private note"
        FormFlowTests.type(&state, "rang from the car")
        #expect(state.hasUnsavedChanges)
        TUIFixtures.press(&state, .escape)
        #expect(state.flow == nil)
        #expect(state.pendingDrafts.last?.values["note"] == "rang from the car")
        TUIFixtures.press(&state, .character("D"))
        guard case .sicknessCall(let flow)? = state.flow else { Issue.record("not restored"); return }
        #expect(flow.form.value("note") == "rang from the car")
    }

    @Test func aKeptDraftRoundTripsThroughJSON() throws {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        FormFlowTests.type(&state, "x")
        guard let draft = state.flow?.draft else { Issue.record("no draft"); return }
        let decoded = try JSONDecoder().decode(FlowDraft.self, from: JSONEncoder().encode(draft))
        #expect(decoded == draft)
        #expect(ActiveFlow.restore(decoded, data: state.data, clockMinute: 600) != nil)
    }
}

extension FormDraftTests {
    @Test func aMeetingFormLeftWithEscapeIsKeptAndRestoredWithItsChecks() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("M"))
        guard case .scheduleMeeting = state.flow else { Issue.record("no meeting flow"); return }
        for _ in 0..<6 { TUIFixtures.press(&state, .tab) }  // to "Place"
        FormFlowTests.type(&state, " Room 4")
        TUIFixtures.press(&state, .escape)
        #expect(state.pendingDrafts.last?.kind == "meeting")
        TUIFixtures.press(&state, .character("D"))
        guard case .scheduleMeeting(let flow)? = state.flow else { Issue.record("not restored"); return }
        #expect(flow.form.value("place").hasSuffix("Room 4"))
    }
}

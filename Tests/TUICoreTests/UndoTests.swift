import AttendanceRules
import AttendanceStore
import Foundation
import Testing
import TUICore

/// `u` undoes this session's changes, newest first, after a confirmation; each undo is one
/// more recorded save of the records as they were (issue 12).
@Suite struct UndoTests {
    /// What the runner does with a save: the store gives the document the next revision.
    static func land(_ state: inout AppState, _ effects: [AppEffect]) {
        guard case .save(var document, _, _)? = effects.first else { Issue.record("no save in \(effects)"); return }
        document.revision += 1
        _ = AppReducer.reduce(&state, .reloaded(ChangedElsewhereTests.data(state.data, replacing: document), message: "Saved."))
    }

    @Test func aCallLoggedByMistakeIsUndoneAfterAConfirmationAndTheRecordsAreAsBefore() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        let id = state.selectedRow?.id ?? ""
        guard let original = state.data.employee(id) else { Issue.record("no employee"); return }
        let score = state.selectedRow?.score
        TUIFixtures.press(&state, .character("c"))
        Self.land(&state, TUIFixtures.press(&state, .control("s")))
        TUIFixtures.press(&state, .enter)  // close the saved form
        #expect(state.data.employee(id)?.openSickness != nil)
        #expect(state.sessionChanges.count == 1)

        TUIFixtures.press(&state, .character("u"))
        #expect(state.message?.hasPrefix("Undo sickness") == true && state.message?.hasSuffix("(y/n)") == true)
        // "n" keeps it.
        #expect(TUIFixtures.press(&state, .character("n")).isEmpty)
        #expect(state.message == "Nothing was undone.")
        TUIFixtures.press(&state, .character("u"))
        let effects = TUIFixtures.press(&state, .character("y"))
        guard case .save(let undo, let action, let summary)? = effects.first else { Issue.record("no undo save"); return }
        #expect(action == "undo" && summary.hasPrefix("undone: sickness"))
        #expect(undo.revision == original.revision + 1)
        #expect(undo.absences == original.absences && undo.sicknessCalls == original.sicknessCalls)
        // What the undone change added is kept as voided, never thrown away.
        #expect(undo.voided.map(\.kind) == [.absence, .sicknessCall])
        #expect(undo.voided.allSatisfy { $0.reason.hasPrefix("undone in the terminal UI: sickness") })
        Self.land(&state, effects)
        #expect(state.sessionChanges.isEmpty)
        #expect(state.data.employee(id)?.openSickness == nil)
        #expect(state.selectedRow?.score == score)
        TUIFixtures.press(&state, .character("u"))
        #expect(state.message?.hasPrefix("Nothing to undo") == true)
    }

    @Test func repeatedUndoWalksBackAndAChangeMadeSinceIsNeverUndone() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        let id = state.selectedRow?.id ?? ""
        guard let original = state.data.employee(id) else { Issue.record("no employee"); return }
        // Two contacts, one after the other.
        for _ in 0..<2 {
            TUIFixtures.press(&state, .character("C"))
            Self.land(&state, TUIFixtures.press(&state, .control("s")))
            TUIFixtures.press(&state, .enter)
        }
        #expect(state.data.employee(id)?.contacts.count == original.contacts.count + 2)
        for expected in [original.contacts.count + 1, original.contacts.count] {
            TUIFixtures.press(&state, .character("u"))
            Self.land(&state, TUIFixtures.press(&state, .character("y")))
            #expect(state.data.employee(id)?.contacts.count == expected)
        }
        // Both undone contacts are kept, voided.
        #expect(state.data.employee(id)?.voided.filter { $0.kind == .contact }.count == 2)
        // A change saved elsewhere after ours: ours is no longer the latest and is left alone.
        TUIFixtures.press(&state, .character("C"))
        Self.land(&state, TUIFixtures.press(&state, .control("s")))
        TUIFixtures.press(&state, .enter)
        guard let mine = state.data.employee(id) else { return }
        _ = AppReducer.reduce(&state, .changedElsewhere(ChangedElsewhereTests.data(state.data, replacing: ChangedElsewhereTests.changedElsewhere(mine))))
        TUIFixtures.press(&state, .character("u"))
        #expect(state.message?.hasPrefix("Cannot undo") == true)
        #expect(state.confirmUndo == nil)
    }
}

import AttendanceRules
import AttendanceStore
import Foundation
import Testing
import TUICore

/// `e`, `x` and `h` on the record under the cursor (issue 12): the form, its checks, the
/// correction effect with the reason, and the history overlay, as frames.
@Suite struct CorrectionFlowTests {
    /// The roster on someone with a closed sickness absence, and that absence.
    static func stateOnAbsence(width: Int = 120, height: Int = 40) -> (AppState, EmployeeDocument, AbsenceRecord)? {
        var state = TUIFixtures.state(width: width, height: height)
        for (index, row) in state.visibleRows.enumerated() {
            guard let e = state.data.employee(row.id),
                  let a = e.absences.filter({ $0.type == .sickness && $0.end != nil }).max(by: { $0.start < $1.start }) else { continue }
            state.roster.selected = index
            state.screen = .personYear
            state.year.cursor = a.start
            return (state, e, a)
        }
        return nil
    }

    static func type(_ state: inout AppState, _ text: String) { FormFlowTests.type(&state, text) }

    @Test func xVoidsTheAbsenceUnderTheCursorOnlyWithAReasonAndKeepsIt() throws {
        guard let found = Self.stateOnAbsence() else { Issue.record("no absence in the demo"); return }
        var state = found.0
        let employee = found.1, absence = found.2
        TUIFixtures.press(&state, .character("x"))
        guard case .correction? = state.flow else { Issue.record("no void form: \(state.message ?? "")"); return }
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Void absence \(absence.id)") && frame.contains("Why void it"))
        // No reason: refused beside the field, nothing to save.
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("say why"))
        Self.type(&state, "logged for the wrong person")
        guard case .correct(let document, let action, _, let reason)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no correction"); return }
        #expect(action == "absence.void" && reason == "logged for the wrong person")
        #expect(!document.absences.contains { $0.id == absence.id })
        #expect(document.voided.first?.record.id == absence.id && document.voided.first?.by == state.actor)
        #expect(document.revision == employee.revision)
    }

    @Test func eCorrectsTheAbsenceDatesWithTheAddChecks() throws {
        guard let found = Self.stateOnAbsence() else { Issue.record("no absence in the demo"); return }
        var state = found.0
        let employee = found.1, absence = found.2
        TUIFixtures.press(&state, .character("e"))
        guard case .correction? = state.flow else { Issue.record("no edit form: \(state.message ?? "")"); return }
        // To the last day field, then a day later.
        TUIFixtures.press(&state, .tab, .tab)
        FormFlowTests.clearField(&state)
        guard let end = absence.end else { return }
        Self.type(&state, end.next.ukDisplay)
        TUIFixtures.press(&state, .tab)
        Self.type(&state, "came back a day later")
        let effects = TUIFixtures.press(&state, .control("s"))
        if let other = employee.absences.first(where: { $0.id != absence.id && $0.start == end.next }) {
            #expect(effects.isEmpty, "an overlap with \(other.id) must be refused")
            return
        }
        guard case .correct(let document, let action, let summary, _)? = effects.first else {
            Issue.record("no correction: \(TUIFixtures.lines(state).joined(separator: "\n"))"); return
        }
        #expect(action == "absence.edit" && summary == "corrected \(absence.id)")
        #expect(document.absences.first { $0.id == absence.id }?.end == end.next)
    }

    @Test func anEditThatWouldOverlapAnotherAbsenceIsRefusedBesideTheField() throws {
        guard let found = Self.stateOnAbsence() else { Issue.record("no absence in the demo"); return }
        var state = found.0
        let employee = found.1, absence = found.2
        guard let other = employee.absences.filter({ $0.start > absence.start }).min(by: { $0.start < $1.start })
                ?? employee.absences.filter({ $0.start < absence.start }).max(by: { $0.start < $1.start }) else { return }
        TUIFixtures.press(&state, .character("e"))
        TUIFixtures.press(&state, .tab)
        FormFlowTests.clearField(&state)
        Self.type(&state, min(absence.start, other.start).ukDisplay)
        TUIFixtures.press(&state, .tab)
        FormFlowTests.clearField(&state)
        Self.type(&state, max(absence.end ?? absence.start, other.end ?? other.start).ukDisplay)
        TUIFixtures.press(&state, .tab)
        Self.type(&state, "typo")
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("overlaps"), "\(frame)")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func hShowsThePersonsHistoryAsAFrame(width: Int, height: Int) throws {
        guard let found = Self.stateOnAbsence(width: width, height: height) else { Issue.record("no absence"); return }
        var state = found.0
        let employee = found.1
        state.screen = .personDetail
        TUIFixtures.press(&state, .character("h"))
        guard case .history? = state.flow else { Issue.record("no history"); return }
        let frame = TUIFixtures.lines(state)
        #expect(frame.count == height && frame.allSatisfy { TextWidth.of($0) <= width })
        let text = frame.joined(separator: "\n")
        #expect(text.contains("History"))
        #expect(employee.history.isEmpty ? text.contains("No changes recorded") : text.contains("UTC"))
        TUIFixtures.press(&state, .escape)
        #expect(state.flow == nil)
    }

    @Test func nothingUnderTheCursorSaysWhereToGo() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        state.screen = .personDetail
        TUIFixtures.press(&state, .character("x"))
        #expect(state.flow == nil && state.message?.contains("timeline (4) or a calendar (2, 3)") == true)
    }
}

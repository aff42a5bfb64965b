import AttendanceRules
import AttendanceStore
import Foundation
import Testing
import TUICore

/// Another process saved to the store (issue 11): the UI shows the change, and a form that met
/// a newer revision keeps what was typed and saves on top of the latest record next time.
@Suite struct ChangedElsewhereTests {
    /// The data with one employee's document replaced, as a reload after another save gives it.
    static func data(_ base: AppData, replacing document: EmployeeDocument) -> AppData {
        let employees = base.employees.map { $0.id == document.id ? document : $0 }
        let snapshot = StoreSnapshot(organisation: base.organisation, employees: employees, problems: [])
        return AppData(snapshot: snapshot, policies: Array(base.policies.values), holidays: base.holidays, today: base.today)
    }

    /// `employee` with a contact added and the revision moved on, as `attend contact add` leaves it.
    static func changedElsewhere(_ employee: EmployeeDocument) -> EmployeeDocument {
        var changed = employee
        changed.contacts.append(ContactRecord(id: "c-elsewhere", absenceId: nil, on: TUIFixtures.today, by: "manager", via: .phone))
        changed.revision += 1
        return changed
    }

    @Test func aConflictReloadsThePersonKeepsTheFormAndTheNextSaveBuildsOnTheLatestRevision() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        let id = state.selectedRow?.id ?? ""
        guard let before = state.data.employee(id) else { Issue.record("no employee"); return }
        TUIFixtures.press(&state, .character("C"))
        for _ in 0..<3 { TUIFixtures.press(&state, .tab) }
        FormFlowTests.type(&state, "asked about the rota")
        guard case .save(let first, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        #expect(first.revision == before.revision)
        // The store refused it: someone else saved this person meanwhile.
        let latest = Self.changedElsewhere(before)
        _ = AppReducer.reduce(&state, .saveConflict(Self.data(state.data, replacing: latest), message: "Not saved: changed elsewhere"))
        guard case .contact(let flow)? = state.flow else { Issue.record("the form closed"); return }
        #expect(flow.phase == .editing)
        #expect(flow.form.value("note") == "asked about the rota")
        #expect(state.message?.hasPrefix("Not saved") == true)
        #expect(state.data.employee(id)?.revision == latest.revision)
        // Saving again carries the latest revision and keeps the other process's contact.
        guard case .save(let second, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no second save"); return }
        #expect(second.revision == latest.revision)
        #expect(second.contacts.contains { $0.id == "c-elsewhere" })
        #expect(second.contacts.contains { $0.note == "asked about the rota" })
        #expect(second.contacts.filter { $0.note == "asked about the rota" }.count == 1)
    }

    @Test func aChangeElsewhereIsShownAndNamedWithoutTouchingAnOpenForm() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        let id = state.selectedRow?.id ?? ""
        guard let before = state.data.employee(id) else { Issue.record("no employee"); return }
        TUIFixtures.press(&state, .character("C"))
        for _ in 0..<3 { TUIFixtures.press(&state, .tab) }
        FormFlowTests.type(&state, "half typed")
        _ = AppReducer.reduce(&state, .changedElsewhere(Self.data(state.data, replacing: Self.changedElsewhere(before))))
        #expect(state.message == "Updated with changes saved elsewhere: \(before.name). Your form is kept; it saves on top.")
        #expect(state.data.employee(id)?.contacts.contains { $0.id == "c-elsewhere" } == true)
        guard case .contact(let flow)? = state.flow else { Issue.record("the form closed"); return }
        #expect(flow.form.value("note") == "half typed")
        #expect(state.selectedRow?.id == id)
    }

    @Test func aChangeToSomeoneElseDoesNotSpeakOfTheOpenForm() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        let id = state.selectedRow?.id ?? ""
        guard let other = state.data.employees.first(where: { $0.id != id }) else { Issue.record("no other employee"); return }
        TUIFixtures.press(&state, .character("C"))
        _ = AppReducer.reduce(&state, .changedElsewhere(Self.data(state.data, replacing: Self.changedElsewhere(other))))
        #expect(state.message == "Updated with changes saved elsewhere: \(other.name).")
    }

    @Test func aReloadWithNothingNewSaysNothing() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        state.message = nil
        _ = AppReducer.reduce(&state, .changedElsewhere(state.data))
        #expect(state.message == nil)
    }
}

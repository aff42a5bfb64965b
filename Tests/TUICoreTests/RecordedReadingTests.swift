import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// What was recorded can be read (issue 13): the call's time, channel, caller, flags and
/// expected return on the person screen, and a signed-off interview in full with `v`.
@Suite struct RecordedReadingTests {
    static func person(_ state: inout AppState, _ matching: (EmployeeDocument) -> Bool) -> EmployeeDocument? {
        guard let index = state.visibleRows.firstIndex(where: { state.data.employee($0.id).map(matching) ?? false }) else { return nil }
        state.roster.selected = index
        state.screen = .personDetail
        return state.data.employee(state.visibleRows[index].id)
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func theCallIsOnThePersonScreenWithoutItsPrivateNote(width: Int, height: Int) throws {
        var state = TUIFixtures.state(width: width, height: height)
        guard let employee = Self.person(&state, { $0.openSickness != nil && !$0.sicknessCalls.isEmpty }),
              let call = employee.sicknessCalls.first(where: { $0.absenceId == employee.openSickness?.id }) else {
            Issue.record("nobody off sick with a call in the demo"); return
        }
        let panes = PersonDetailScreen.figuresLines(try #require(PersonSummary(data: state.data, id: employee.id)), width: 200).map(\.text).joined(separator: "\n")
        #expect(panes.contains("Call \(call.receivedAt.ukDisplay) by \(call.via.rawValue)"), "\(panes)")
        if let back = call.expectedReturn { #expect(panes.contains("expected back \(back.ukDisplay)")) }
        if let note = call.note { #expect(!panes.contains(note)) }
        #expect(TUIFixtures.lines(state).allSatisfy { TextWidth.of($0) <= width })
    }

    @Test func vShowsTheSignedOffInterviewInFull() throws {
        var state = TUIFixtures.state(width: 120, height: 40)
        guard let employee = Self.person(&state, { e in e.interviews.contains { $0.status == .signedOff && !$0.answers.isEmpty } }),
              let interview = employee.interviews.filter({ $0.status == .signedOff }).max(by: { $0.heldOn < $1.heldOn }) else {
            Issue.record("no signed-off interview in the demo"); return
        }
        TUIFixtures.press(&state, .character("v"))
        guard case .interviewRecord(let flow)? = state.flow else { Issue.record("no record: \(state.message ?? "")"); return }
        let text = flow.lines(state.data).map(\.text).joined(separator: "\n")
        #expect(text.contains("signed off by \(interview.signedOffBy ?? "")") && text.contains("Held \(interview.heldOn.ukDisplay)"))
        for answer in interview.answers.values { #expect(text.contains(answer.split(separator: "\n").first.map(String.init) ?? answer)) }
        #expect(text.contains("Employee acknowledges the record:"))
        TUIFixtures.press(&state, .escape)
        #expect(state.flow == nil)
    }
}

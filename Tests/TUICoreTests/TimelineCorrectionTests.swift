import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// `e` on a meeting or a stage outcome on the timeline (issue 12): the booking and outcome
/// forms open on the record, run the same checks, and save a correction with its reason.
@Suite struct TimelineCorrectionTests {
    /// The timeline of the first person with a record `matching`, its item selected.
    static func stateOnTimeline(_ matching: (EmployeeDocument) -> RecordReference?) -> (AppState, EmployeeDocument, RecordReference)? {
        var state = TUIFixtures.state(width: 120, height: 40)
        for (index, row) in state.visibleRows.enumerated() {
            guard let employee = state.data.employee(row.id), let record = matching(employee) else { continue }
            state.roster.selected = index
            state.screen = .timeline
            guard let model = TimelineScreen.timeline(state), let item = model.items.firstIndex(where: { $0.record == record }) else { continue }
            state.timeline.personId = employee.id
            state.timeline.selected = item
            return (state, employee, record)
        }
        return nil
    }

    static func field(_ state: AppState, _ id: String) -> Int? {
        switch state.flow {
        case .scheduleMeeting(let f)?: f.form.fields.firstIndex { $0.id == id }
        case .stageOutcome(let f)?: f.form.fields.firstIndex { $0.id == id }
        default: nil
        }
    }

    /// Tabs from the first field to `id`, clears it and types `text`.
    static func fill(_ state: inout AppState, _ id: String, _ text: String) {
        guard let index = field(state, id) else { Issue.record("no field \(id)"); return }
        switch state.flow {
        case .scheduleMeeting(var f)?: f.form.focus = 0; state.flow = .scheduleMeeting(f)
        case .stageOutcome(var f)?: f.form.focus = 0; state.flow = .stageOutcome(f)
        default: break
        }
        for _ in 0..<index { TUIFixtures.press(&state, .tab) }
        FormFlowTests.clearField(&state)
        FormFlowTests.type(&state, text)
    }

    @Test func eOnAMeetingMovesItWithTheChecksRunAgainAndTheNextSequence() throws {
        guard let found = Self.stateOnTimeline({ e in e.meetings.last { $0.rescheduleProblem == nil }.map { RecordReference(.meeting, $0.id) } }) else {
            Issue.record("no meeting in the demo"); return
        }
        var state = found.0
        let employee = found.1
        guard let old = employee.meetings.first(where: { $0.id == found.2.id }) else { Issue.record("the demo lacks what this test needs"); return }
        TUIFixtures.press(&state, .character("e"))
        guard case .scheduleMeeting(let flow)? = state.flow, flow.rescheduling == old.id else { Issue.record("no move form: \(state.message ?? "")"); return }
        #expect(flow.form.value("place") == old.place && flow.form.value("kind") == old.kind)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("Move a meeting"))
        // The earliest valid slot, then no reason: refused beside the reason.
        TUIFixtures.press(&state, .function(2))
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("say why it moves"))
        Self.fill(&state, "reason", "the room is not free")
        guard case .scheduleMeeting(let filled)? = state.flow, let slot = filled.report?.earliestValid else { Issue.record("no checks"); return }
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .correct(let document, let action, let summary, let reason)? = effects.first else {
            Issue.record("no correction: \(TUIFixtures.lines(state).joined(separator: "\n"))"); return
        }
        #expect(action == "meeting.reschedule" && reason == "the room is not free" && summary.hasPrefix("\(old.id) moved from"))
        let moved = document.meetings.first { $0.id == old.id }
        #expect(moved?.at == slot && moved?.sequence == old.sequence + 1 && document.meetings.count == employee.meetings.count)
    }

    @Test func aMovedMeetingIsNotKeptAsADraftOfANewBooking() throws {
        guard let found = Self.stateOnTimeline({ e in e.meetings.last { $0.rescheduleProblem == nil }.map { RecordReference(.meeting, $0.id) } }) else { Issue.record("the demo lacks what this test needs"); return }
        var state = found.0
        TUIFixtures.press(&state, .character("e"))
        #expect(state.flow != nil && state.flow?.draft == nil)
    }

    @Test func aHeldMeetingIsNotMovedAndTheMessageSaysWhy() throws {
        guard let found = Self.stateOnTimeline({ e in e.meetings.last { !$0.cancelled }.map { RecordReference(.meeting, $0.id) } }),
              let index = found.1.meetings.lastIndex(where: { !$0.cancelled }) else { Issue.record("the demo lacks what this test needs"); return }
        var state = found.0
        let employee = found.1
        var held = employee
        held.meetings[index].outcome = .held
        state.data = ChangedElsewhereTests.data(state.data, replacing: held)
        TUIFixtures.press(&state, .character("e"))
        #expect(state.flow == nil && state.message?.contains("a held meeting is not moved") == true, "\(state.message ?? "")")
    }

    @Test func eOnAStageOutcomeCorrectsItWithThePolicyChecksAndAReason() throws {
        guard let found = Self.stateOnTimeline({ e in e.stages.last.map { RecordReference(.stage, $0.id) } }) else {
            Issue.record("no stage record in the demo"); return
        }
        var state = found.0
        let employee = found.1
        guard let old = employee.stages.first(where: { $0.id == found.2.id }), let policy = state.data.policy(for: employee) else { Issue.record("the demo lacks what this test needs"); return }
        TUIFixtures.press(&state, .character("e"))
        guard case .stageOutcome(let flow)? = state.flow, flow.editing == old.id else { Issue.record("no outcome form: \(state.message ?? "")"); return }
        #expect(flow.form.value("stage") == old.stage && flow.form.value("decidedOn") == old.decidedOn.ukDisplay)
        // A review period that ends before the decision is refused by the same check as a new one.
        Self.fill(&state, "reviewUntil", old.decidedOn.ukDisplay)
        Self.fill(&state, "reason", "typo")
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("not after the decision"))
        // A valid review end (the policy's minimum, or a month) saves as a correction.
        let minimum = policy.stage(old.stage)?.reviewPeriod?.minimum ?? Period(1, .months)
        guard let end = minimum.calendarEnd(from: old.decidedOn), end != old.reviewPeriodEnd else { Issue.record("the demo lacks what this test needs"); return }
        Self.fill(&state, "reviewUntil", end.ukDisplay)
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .correct(let document, let action, _, let reason)? = effects.first else {
            Issue.record("no correction: \(TUIFixtures.lines(state).joined(separator: "\n"))"); return
        }
        #expect(action == "stage.edit" && reason == "typo")
        let edited = document.stages.first { $0.id == old.id }
        #expect(edited?.reviewPeriodEnd == end && document.stages.count == employee.stages.count)
        #expect(edited?.warning == old.warning, "an unchanged warning keeps its score at issue")
    }
}

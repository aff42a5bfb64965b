import AttendanceRules
import AttendanceStore
import Testing
import TUICore

/// The return-to-work interview flow: one prompt at a time, every answer saved as a draft at
/// once, resumed from the store, and signed off only when every prompt has an answer.
@Suite struct InterviewFlowTests {
    /// The roster on the person who came back with the interview due (no interview yet).
    static func stateOnInterviewDue(width: Int = 120, height: Int = 40) -> AppState? {
        var state = TUIFixtures.state(width: width, height: height)
        guard let index = state.visibleRows.firstIndex(where: { row in
            guard case .backInterviewDue = row.status, let e = state.data.employee(row.id),
                  let absence = InterviewScript.latestEndedSickness(e) else { return false }
            return !e.interviews.contains { $0.absenceId == absence.id }
        }) else { return nil }
        state.roster.selected = index
        return state
    }

    /// The roster on the person whose interview is a draft.
    static func stateOnDraft() -> AppState? {
        var state = TUIFixtures.state(width: 120, height: 40)
        guard let index = state.visibleRows.firstIndex(where: { row in
            state.data.employee(row.id)?.interviews.contains { $0.status == .draft } == true
        }) else { return nil }
        state.roster.selected = index
        return state
    }

    static func flow(_ state: AppState) -> InterviewFlow? {
        if case .interview(let f)? = state.flow { return f }
        return nil
    }

    static func type(_ state: inout AppState, _ text: String) {
        for c in text { TUIFixtures.press(&state, .character(c)) }
    }

    /// What the runner does after a save: the saved document in a new AppData, then `.reloaded`.
    static func runSave(_ state: inout AppState, _ effects: [AppEffect]) -> EmployeeDocument? {
        guard case .save(let document, _, _)? = effects.first else { return nil }
        let employees = state.data.employees.map { $0.id == document.id ? document : $0 }
        let snapshot = StoreSnapshot(organisation: state.data.organisation, employees: employees, problems: [])
        let data = AppData(snapshot: snapshot, policies: Array(state.data.policies.values), holidays: state.data.holidays, today: state.data.today)
        _ = AppReducer.reduce(&state, .reloaded(data, message: "Saved."))
        return document
    }

    static func frame(_ state: AppState) -> String { TUIFixtures.lines(state).joined(separator: "\n") }

    @Test func startingShowsTheFirstPromptWithItsSource() throws {
        var state = try #require(Self.stateOnInterviewDue())
        TUIFixtures.press(&state, .character("i"))
        let flow = try #require(Self.flow(state))
        let first = try #require(flow.script.prompts.first)
        #expect(flow.step == .prompt(0))
        let text = Self.frame(state)
        #expect(text.contains("Prompt 1 of \(flow.script.prompts.count)"))
        #expect(text.contains(String(first.text.prefix(30))))
        #expect(text.contains("Source: \(first.source.prefix(20))"))
        #expect(text.contains("Absence:"))
    }

    @Test func anAnswerIsSavedAsADraftAndTheFlowMovesOn() throws {
        var state = try #require(Self.stateOnInterviewDue())
        TUIFixtures.press(&state, .character("i"))
        let flow = try #require(Self.flow(state))
        let first = flow.script.prompts[0]
        Self.type(&state, "Feeling better")
        let effects = TUIFixtures.press(&state, .enter)
        guard case .save(let document, let action, _)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(action == "interview.answer")
        let draft = try #require(document.interviews.first { $0.absenceId == flow.script.absence.id })
        #expect(draft.id == "rtw-\(flow.script.absence.id)")
        #expect(draft.status == .draft)
        #expect(draft.answers[first.id] == "Feeling better")
        // Keys are ignored while the save is in flight.
        #expect(Self.flow(state)?.phase == .saving)
        #expect(TUIFixtures.press(&state, .character("x")).isEmpty)
        _ = Self.runSave(&state, effects)
        let after = try #require(Self.flow(state))
        #expect(after.phase == .editing)
        #expect(after.step == .prompt(1))
        #expect(after.interview?.answers[first.id] == "Feeling better")
        #expect(Self.frame(state).contains("Prompt 2 of"))
    }

    @Test func aFailedSaveKeepsTheTypedAnswer() throws {
        var state = try #require(Self.stateOnInterviewDue())
        TUIFixtures.press(&state, .character("i"))
        Self.type(&state, "Typed text")
        _ = TUIFixtures.press(&state, .enter)
        _ = AppReducer.reduce(&state, .effectFailed("changed by another attend since it was read"))
        let flow = try #require(Self.flow(state))
        #expect(flow.phase == .editing)
        #expect(flow.step == .prompt(0))
        #expect(flow.answer(flow.script.prompts[0].id) == "Typed text")
        #expect(Self.frame(state).contains("Typed text"))
    }

    @Test func quittingAndPressingIAgainResumesTheDraft() throws {
        var state = try #require(Self.stateOnInterviewDue())
        TUIFixtures.press(&state, .character("i"))
        Self.type(&state, "One")
        _ = Self.runSave(&state, TUIFixtures.press(&state, .enter))
        TUIFixtures.press(&state, .escape)
        #expect(state.flow == nil)
        TUIFixtures.press(&state, .character("i"))
        let flow = try #require(Self.flow(state))
        #expect(flow.step == .prompt(1))
        #expect(state.message?.contains("Resuming the draft") == true)
        // The earlier answer is shown when going back.
        TUIFixtures.press(&state, .up)
        #expect(Self.frame(state).contains("One"))
    }

    @Test func aDraftInTheStoreIsOfferedAgain() throws {
        var state = try #require(Self.stateOnDraft())
        let employee = try #require(state.data.employee(state.selectedRow?.id ?? ""))
        let draft = try #require(employee.interviews.first { $0.status == .draft })
        TUIFixtures.press(&state, .character("i"))
        let flow = try #require(Self.flow(state))
        #expect(flow.script.absence.id == draft.absenceId)
        #expect(flow.interview?.id == draft.id)
        #expect(Self.frame(state).contains("Resuming the draft"))
        if case .prompt(let i) = flow.step {
            #expect(draft.answers[flow.script.prompts[i].id] == nil)
            #expect(flow.script.prompts[..<i].allSatisfy { draft.answers[$0.id] != nil })
        }
    }

    @Test func signOffIsRefusedWhilePromptsAreUnanswered() throws {
        var state = try #require(Self.stateOnInterviewDue())
        TUIFixtures.press(&state, .character("i"))
        let count = try #require(Self.flow(state)).script.prompts.count
        TUIFixtures.press(&state, .tab, .tab)
        #expect(Self.flow(state)?.step == .signOff)
        let effects = TUIFixtures.press(&state, .enter)
        #expect(effects.isEmpty)
        #expect(Self.frame(state).contains("\(count) prompt"))
        #expect(Self.frame(state).contains("no answer yet"))
    }

    @Test func signOffWhenEveryPromptIsAnswered() throws {
        var state = try #require(Self.stateOnInterviewDue())
        TUIFixtures.press(&state, .character("i"))
        let opened = try #require(Self.flow(state))
        let count = opened.script.prompts.count
        for i in 0..<count {
            Self.type(&state, "Answer \(i + 1)")
            let doc = Self.runSave(&state, TUIFixtures.press(&state, .enter))
            #expect(doc != nil)
        }
        #expect(Self.flow(state)?.step == .actions)
        Self.type(&state, "Review in two weeks")
        _ = Self.runSave(&state, TUIFixtures.press(&state, .enter))
        #expect(Self.flow(state)?.interview?.agreedActions == ["Review in two weeks"])
        TUIFixtures.press(&state, .enter)  // empty action: on to sign-off
        #expect(Self.flow(state)?.step == .signOff)
        #expect(Self.flow(state)?.signer.isEmpty == false)
        // Held the day before, acknowledged by the employee (↓ to the field, → to "yes").
        for _ in 0..<10 { TUIFixtures.press(&state, .backspace) }
        Self.type(&state, TUIFixtures.today.previous.ukDisplay)
        TUIFixtures.press(&state, .down, .right)
        #expect(Self.frame(state).contains("‹ Yes, they agree the record ›"))
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .save(let document, let action, _)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(action == "interview.finish")
        let interview = try #require(document.interviews.first { $0.absenceId == opened.script.absence.id })
        #expect(interview.status == .signedOff)
        #expect(interview.signedOffOn == TUIFixtures.today)
        #expect(interview.heldOn == TUIFixtures.today.previous && interview.employeeAcknowledged == true)
        #expect(interview.answers.count == count)
        _ = Self.runSave(&state, effects)
        #expect(Self.frame(state).contains("Signed off by"))
        TUIFixtures.press(&state, .enter)
        #expect(state.flow == nil)
        // Signed off: `i` now says so instead of opening.
        TUIFixtures.press(&state, .character("i"))
        #expect(state.flow == nil)
        #expect(state.message?.contains("signed off") == true)
    }

    @Test func someoneWithoutAnEndedSicknessIsRefused() throws {
        var state = TUIFixtures.state(width: 120, height: 40)
        let index = try #require(state.visibleRows.firstIndex { row in
            state.data.employee(row.id).map { InterviewScript.latestEndedSickness($0) == nil } == true
        })
        state.roster.selected = index
        TUIFixtures.press(&state, .character("i"))
        #expect(state.flow == nil)
        #expect(state.message?.contains("no ended sickness absence") == true)
    }

    @Test func framesShowThePromptAndItsContext() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            var state = try #require(Self.stateOnInterviewDue(width: width, height: height))
            TUIFixtures.press(&state, .character("i"))
            let flow = try #require(Self.flow(state))
            let first = flow.script.prompts[0]
            let text = Self.frame(state)
            #expect(text.contains(String(first.text.prefix(25))), "\(width)x\(height)")
            #expect(text.contains("Context"), "\(width)x\(height)")
            #expect(text.contains("Absence: \(flow.script.absence.start.ukDisplay)"), "\(width)x\(height)")
            // A prompt with its own context shows it.
            if let index = flow.script.prompts.firstIndex(where: { $0.context != nil }) {
                for _ in 0..<index { TUIFixtures.press(&state, .down) }
                let context = flow.script.prompts[index].context ?? ""
                #expect(Self.frame(state).contains("This prompt: \(context.prefix(20))"), "\(width)x\(height)")
            }
        }
    }

    @Test func anOverdueInterviewIsFlaggedPerThePolicy() throws {
        let due = try #require(Self.stateOnInterviewDue())
        let id = try #require(due.selectedRow?.id)
        // The same store a month later: the interview is overdue.
        let old = due.data
        let later = old.today.adding(days: 30)
        let snapshot = StoreSnapshot(organisation: old.organisation, employees: old.employees, problems: [])
        let data = AppData(snapshot: snapshot, policies: Array(old.policies.values), holidays: old.holidays, today: later)
        var state = AppState(data: data, width: 80, height: 24)
        state.roster.selected = try #require(state.visibleRows.firstIndex { $0.id == id })
        TUIFixtures.press(&state, .character("i"))
        let flow = try #require(Self.flow(state))
        let since = try #require(flow.script.overdueSince)
        #expect(since <= later)
        #expect(Self.frame(state).contains("overdue since \(since.ukDisplay)"))
    }
}

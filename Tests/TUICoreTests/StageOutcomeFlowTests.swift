import AttendanceRules
import AttendanceStore
import Testing
import TUICore

/// Record a stage outcome (`o`): the warning with its score at issue, the review period
/// checked against the policy, appeals, and the timeline after the save.
@Suite struct StageOutcomeFlowTests {
    static func open(_ id: String) -> AppState {
        var state = TUIFixtures.state(width: 120, height: 40)
        state.roster.selected = state.visibleRows.firstIndex { $0.id == id } ?? 0
        TUIFixtures.press(&state, .character("o"))
        return state
    }

    static func flow(_ state: AppState) -> StageOutcomeFlow? {
        if case .stageOutcome(let f)? = state.flow { return f }
        return nil
    }

    static func focus(_ state: inout AppState, _ id: String) {
        for _ in 0..<12 where flow(state).map({ $0.form.fields[$0.form.focus].id != id }) ?? false { TUIFixtures.press(&state, .tab) }
    }

    static func type(_ state: inout AppState, _ text: String) {
        for _ in 0..<20 { TUIFixtures.press(&state, .backspace) }
        for c in text { TUIFixtures.press(&state, .character(c)) }
    }

    @Test func aWarningRecordsTheScoreAtIssueAndTheTimelineShowsIt() {
        var state = Self.open("mohammed-iqbal")
        #expect(Self.flow(state)?.form.value("stage") == "stage1")
        Self.focus(&state, "reviewUntil")
        Self.type(&state, "20/01/2027")
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .save(let document, let action, _)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(action == "stage.record")
        let record = document.stages.last
        #expect(record?.outcome == .warning)
        #expect(record?.reviewPeriodEnd == CalendarDay(year: 2026, month: 11, day: 20)?.adding(months: 2))
        let expected = state.data.evaluation("mohammed-iqbal")?.figures.bradford
        #expect(expected != nil)
        #expect(record?.warning?.scoreAtIssue == expected)
        // After the reload: the saved panel and the stage timeline.
        let employees = state.data.employees.map { $0.id == document.id ? document : $0 }
        let data = AppData(snapshot: StoreSnapshot(organisation: state.data.organisation, employees: employees, problems: []),
                           policies: Array(state.data.policies.values), holidays: state.data.holidays, today: state.data.today)
        _ = AppReducer.reduce(&state, .reloaded(data, message: "Saved."))
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Recorded Stage 1"))
        #expect(frame.contains("Stage 1 written warning lapses on 20/05/2027; Bradford score at issue"))
        let timeline = TimelineModel(data: data, id: "mohammed-iqbal")
        #expect(timeline?.items.contains { $0.label == "stage1 warning" && $0.start == TUIFixtures.today } == true)
        TUIFixtures.press(&state, .enter, .character("4"))
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("Stage timeline · Mohammed Iqbal"))
    }

    @Test func aReviewPeriodOutsideThePolicysRangeIsMarked() {
        var state = Self.open("mohammed-iqbal")
        Self.focus(&state, "reviewUntil")
        Self.type(&state, "20/06/2027")
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("longer than the maximum of 3 months (20/02/2027)"))
        #expect(frame.contains("20/06/2027"))
        Self.type(&state, "27/11/2026")
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("shorter than the minimum of 1 month"))
    }

    @Test func validityIsOnlyTakenWhenThePolicySetsNone() {
        var state = Self.open("mohammed-iqbal")
        Self.focus(&state, "validity")
        Self.type(&state, "12")
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("✗ the policy sets 6 months"))
    }

    @Test func anAppealIsRecordedOnAnExistingRecord() {
        var state = Self.open("oliver-bennett")
        guard let existing = state.data.employee("oliver-bennett")?.stages.last else { Issue.record("no stage"); return }
        Self.focus(&state, "record")
        while Self.flow(state)?.form.value("record") != existing.id { TUIFixtures.press(&state, .right) }
        Self.focus(&state, "appealLodged")
        Self.type(&state, existing.decidedOn.adding(days: 2).ukDisplay)
        Self.focus(&state, "appealResult")
        TUIFixtures.press(&state, .right, .right)
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .save(let document, let action, _)? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(action == "stage.appeal")
        let appeal = document.stages.first { $0.id == existing.id }?.appeal
        #expect(appeal?.lodged == existing.decidedOn.adding(days: 2))
        #expect(appeal?.result == "dismissed")
        #expect(document.stages.count == state.data.employee("oliver-bennett")?.stages.count)
    }

    @Test func aFutureDecisionIsRefusedAndEscapeCancels() {
        var state = Self.open("mohammed-iqbal")
        Self.focus(&state, "decidedOn")
        Self.type(&state, "21/11/2026")
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("✗ in the future"))
        TUIFixtures.press(&state, .escape)
        #expect(state.flow == nil)
        #expect(state.message?.contains("kept") == true)  // Esc keeps what was typed (D resumes)
    }
}

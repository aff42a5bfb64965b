/// Sends keys to the active flow and draws it; the one switch over `ActiveFlow`.
public enum FlowRouter {
    static func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        guard let flow = state.flow else { return [] }
        // Leaving a form unsaved keeps what was typed: `D` brings it back.
        let draft = flow.draft
        let effects = route(&state, flow, key)
        if state.flow == nil, let draft, key == .escape, draft.values.values.contains(where: { !$0.isEmpty }) {
            state.pendingDraft = draft
            state.message = "Not saved; what you typed is kept: press D to resume."
        }
        return effects
    }

    static func route(_ state: inout AppState, _ flow: ActiveFlow, _ key: KeyEvent) -> [AppEffect] {
        switch flow {
        case .sicknessCall(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .sicknessCall(f) }; return e
        case .recordReturn(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .recordReturn(f) }; return e
        case .contact(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .contact(f) }; return e
        case .fitNote(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .fitNote(f) }; return e
        case .interview(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .interview(f) }; return e
        case .scheduleMeeting(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .scheduleMeeting(f) }; return e
        case .stageOutcome(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .stageOutcome(f) }; return e
        case .correction(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .correction(f) }; return e
        case .history(var f): let e = f.reduce(&state, key); if state.flow != nil { state.flow = .history(f) }; return e
        }
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        guard let flow = state.flow else { return }
        buffer.fill(area)
        buffer.drawBox(area, title: flow.title + (state.selectedRow.map { " · \($0.name)" } ?? ""))
        let inner = area.inset(1)
        switch flow {
        case .sicknessCall(let f): f.draw(state, into: &buffer, area: inner)
        case .recordReturn(let f): f.draw(state, into: &buffer, area: inner)
        case .contact(let f): f.draw(state, into: &buffer, area: inner)
        case .fitNote(let f): f.draw(state, into: &buffer, area: inner)
        case .interview(let f): f.draw(state, into: &buffer, area: inner)
        case .scheduleMeeting(let f): f.draw(state, into: &buffer, area: inner)
        case .stageOutcome(let f): f.draw(state, into: &buffer, area: inner)
        case .correction(let f): f.draw(state, into: &buffer, area: inner)
        case .history(let f): f.draw(state, into: &buffer, area: inner)
        }
    }

    /// Keys of the active flow, for the hint bar and help.
    static func hints(_ flow: ActiveFlow) -> [KeyHint] {
        switch flow {
        case .interview: InterviewFlow.hints
        case .scheduleMeeting: MeetingFlow.hints
        case .history: [KeyHint("↑↓ PgUp/Dn", "scroll"), KeyHint("Esc", "close")]
        default: [KeyHint("Tab ↑↓", "field"), KeyHint("←→", "choice"), KeyHint("Enter", "save"), KeyHint("Esc", "cancel")]
        }
    }
}

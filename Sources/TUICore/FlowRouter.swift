/// Sends keys, pastes and save outcomes to the active flow and draws it, through `Flow`.
public enum FlowRouter {
    static func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        guard let flow = state.flow else { return [] }
        // Leaving a form unsaved keeps what was typed: `D` brings it back.
        let draft = flow.draft
        let effects = update(&state) { f, state in f.reduce(&state, key) }
        if state.flow == nil, let draft, key == .escape, draft.values.values.contains(where: { !$0.isEmpty }) {
            state.keep(draft)
            state.message = "Not saved; what you typed is kept: press D to resume."
        }
        return effects
    }

    /// Runs `change` on the active flow and puts it back, unless the flow closed itself or
    /// opened another (the return's "i" opens the interview).
    @discardableResult
    static func update(_ state: inout AppState, _ change: (inout any Flow, inout AppState) -> [AppEffect]) -> [AppEffect] {
        guard let before = state.flow else { return [] }
        var flow = before.current
        let effects = change(&flow, &state)
        if state.flow == before { state.flow = flow.active }
        return effects
    }

    static func paste(_ state: inout AppState, _ text: String) {
        update(&state) { f, state in f.paste(text, &state); return [] }
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        guard let flow = state.flow else { return }
        buffer.fill(area)
        // The flow's own person, whatever the roster shows now.
        let name = state.data.employee(flow.employeeId)?.name
        buffer.drawBox(area, title: flow.title + (name.map { " · \($0)" } ?? ""))
        flow.current.draw(state, into: &buffer, area: area.inset(1))
    }

    /// Keys of the active flow, for the hint bar and help.
    static func hints(_ flow: ActiveFlow) -> [KeyHint] { flow.current.hints }
}

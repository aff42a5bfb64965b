/// A form-based flow: fill the form, Enter validates and saves, Esc cancels; while saving,
/// keys wait; once saved, Enter or Esc closes. The one place these keys are handled.
protocol FormFlow {
    var form: FormState { get set }
    var phase: FlowPhase { get set }
    /// The status message when the flow is cancelled (nil: none).
    var cancelMessage: String? { get }
    /// Validates and returns the save effect, or marks the fields at fault.
    mutating func save(_ state: inout AppState) -> [AppEffect]
}

extension FormFlow {
    var cancelMessage: String? { nil }

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        switch phase {
        case .saving: return []
        case .saved:
            if key == .enter || key == .escape { state.flow = nil }
            return []
        case .editing: break
        }
        if key == .escape {
            state.flow = nil
            if let message = cancelMessage { state.message = message }
            return []
        }
        if key == .enter { return save(&state) }
        _ = form.handle(key)
        return []
    }
}

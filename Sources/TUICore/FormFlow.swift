/// A form-based flow: Enter and Tab go to the next field (Enter starts a new line in a note),
/// Ctrl-S saves from any field, as does Enter on the last one; Esc cancels. While saving, keys
/// wait; once saved, Enter or Esc closes. The one place these keys are handled.
protocol FormFlow: Flow {
    var form: FormState { get set }
    var phase: FlowPhase { get set }
    /// The status message when the flow is cancelled (nil: none).
    var cancelMessage: String? { get }
    /// Validates and returns the save effect, or marks the fields at fault.
    mutating func save(_ state: inout AppState) -> [AppEffect]
    /// After every edit: a flow whose checks run as you type runs them.
    mutating func edited(_ state: inout AppState)
    /// A key of the flow's own (F2 in the meeting form), seen before the form's; nil: not one.
    mutating func ownKey(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect]?
}

extension FormFlow {
    var cancelMessage: String? { nil }
    mutating func edited(_ state: inout AppState) {}
    mutating func ownKey(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect]? { nil }

    static var formHints: [KeyHint] {
        [KeyHint("Tab Enter", "next field"), KeyHint("^S", "save"), KeyHint("←→", "choose"), KeyHint("Esc", "cancel")]
    }

    var hints: [KeyHint] {
        if case .saved = phase { return FormFlowSupport.savedHints }
        return Self.formHints
    }

    var draft: FlowDraft? {
        guard let kind = draftKind, phase == .editing else { return nil }
        return FlowDraft(kind: kind, employeeId: employeeId, values: Dictionary(form.fields.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a }))
    }

    mutating func saveFailed() { phase = .editing }

    mutating func paste(_ text: String, _ state: inout AppState) {
        guard phase == .editing else { return }
        form.paste(text)
        edited(&state)
    }

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] { formReduce(&state, key) }

    /// The form's keys (a flow with keys of its own in the saved panel calls this for the rest).
    mutating func formReduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
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
        if let effects = ownKey(&state, key) { return effects }
        let multiline = form.focusedField?.kind.isMultiline ?? false
        if key == .control("s") || key == .function(10) || (key == .enter && form.isOnLastField && !multiline) {
            let effects = save(&state)
            if effects.isEmpty { form.focusFirstError() }
            return effects
        }
        if key == .enter && !multiline {
            form.focus = min(form.focus + 1, form.fields.count - 1)
            return []
        }
        if form.handle(key, width: FormFlowSupport.formWidth(state)) { edited(&state) }
        return []
    }
}

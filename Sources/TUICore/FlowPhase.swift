/// Where a form flow is: being filled in, waiting for the save, or saved (showing what follows).
public enum FlowPhase: Hashable, Sendable {
    case editing
    case saving
    /// Saved: lines to show (e.g. the duties the call starts); Enter or Esc closes.
    case saved([String])
}

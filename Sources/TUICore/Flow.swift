/// A guided flow over the current screen: it owns the keys while open, saves through effects,
/// and hears back when a save lands or fails. `FlowRouter` and `AppReducer` reach every flow
/// through this protocol, so a new flow is one type and one `ActiveFlow` case.
protocol Flow: Hashable, Sendable {
    /// Whose records the flow changes (its title names them, not the roster's selection).
    var employeeId: String { get }
    /// The title of the flow's box.
    var title: String { get }
    /// The keys, for the hint bar and help.
    var hints: [KeyHint] { get }
    /// What was typed and not saved, to keep (nil: nothing worth keeping).
    var draft: FlowDraft? { get }
    /// What this flow's kept drafts are filed as (nil: it keeps none).
    var draftKind: String? { get }
    /// The flow wrapped for `AppState.flow`.
    var active: ActiveFlow { get }

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect]
    /// A paste: the text goes into the field under the cursor and nowhere else.
    mutating func paste(_ text: String, _ state: inout AppState)
    /// The save landed; the store is reloaded. May ask for more (writing the invitation).
    mutating func didSave(_ data: AppData) -> [AppEffect]
    /// The save did not land: back to editing with everything typed still there.
    mutating func saveFailed()
    /// The store was reloaded after a change made elsewhere.
    mutating func refresh(_ data: AppData)
    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect)
}

extension Flow {
    var draft: FlowDraft? { nil }
    var draftKind: String? { nil }
    mutating func paste(_ text: String, _ state: inout AppState) {}
    mutating func refresh(_ data: AppData) {}
}

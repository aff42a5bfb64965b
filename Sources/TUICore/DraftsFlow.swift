/// `D` with several forms kept unsaved: the list, each with whose it is and what was typed
/// first; Enter resumes the chosen one for its own person.
public struct DraftsFlow: Hashable, Sendable, Flow {
    public var selected = 0
    let drafts: [FlowDraft]

    public init(drafts: [FlowDraft]) {
        self.drafts = drafts
    }

    var employeeId: String { "" }
    var title: String { "Forms kept unsaved" }
    var hints: [KeyHint] { [KeyHint("↑↓", "choose"), KeyHint("Enter", "resume"), KeyHint("Esc", "close")] }
    var active: ActiveFlow { .drafts(self) }
    mutating func didSave(_ data: AppData) -> [AppEffect] { [] }
    mutating func saveFailed() {}

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(drafts.count - 1, selected + 1)
        case .escape, .character("q"): state.flow = nil
        case .enter:
            guard drafts.indices.contains(selected) else { state.flow = nil; return [] }
            AppReducer.resume(drafts[selected], &state)
        default: break
        }
        return []
    }

    /// One line per draft: the form, the person, the first values typed.
    func line(_ draft: FlowDraft, _ data: AppData) -> String {
        let name = data.employee(draft.employeeId)?.name ?? "\(draft.employeeId) (no longer in the store)"
        let typed = draft.values.sorted { $0.key < $1.key }.map(\.value).filter { !$0.isEmpty }.prefix(3)
            .map { TextWidth.truncate($0.replacingOccurrences(of: "\n", with: " "), to: 24) }
        return "\(draft.title.replacingOccurrences(of: "The ", with: "")) · \(name)\(typed.isEmpty ? "" : " · " + typed.joined(separator: ", "))"
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        buffer.put("Each form resumes for the person it was started for.", x: area.x + 1, y: area.y, style: .dim, maxX: area.maxX - 1)
        for (i, draft) in drafts.enumerated() where area.y + 2 + i < area.maxY {
            let text = TextWidth.pad(TextWidth.truncate(line(draft, state.data), to: area.width - 4), to: area.width - 4)
            buffer.put((i == selected ? "▶ " : "  ") + text, x: area.x + 1, y: area.y + 2 + i, style: i == selected ? .reverse : .plain, maxX: area.maxX - 1)
        }
    }
}

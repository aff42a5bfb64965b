/// StageOutcome flow (being built in this session).
public struct StageOutcomeFlow: Hashable, Sendable {
    public static let hints: [KeyHint] = [KeyHint("Esc", "close")]

    public init() {}

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        if key == .escape { state.flow = nil }
        return []
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        buffer.put("Not available yet.", x: area.x + 1, y: area.y + 1)
    }
}

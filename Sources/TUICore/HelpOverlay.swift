/// The help box (`?`): the keys of the current screen and the global keys.
public enum HelpOverlay {
    public static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let hints = AppReducer.hints(for: state.screen) + AppReducer.globalHints
        let width = min(buffer.width - 4, max(40, (hints.map { TextWidth.of($0.keys) + TextWidth.of($0.action) }.max() ?? 30) + 8))
        let height = min(buffer.height - 2, hints.count + 4)
        let rect = Rect(x: (buffer.width - width) / 2, y: max(1, (buffer.height - height) / 2), width: width, height: height)
        buffer.fill(rect)
        buffer.drawBox(rect, title: "Keys: \(state.screen.title)")
        let keyWidth = min(12, hints.map { TextWidth.of($0.keys) }.max() ?? 4)
        for (i, hint) in hints.enumerated() where i < rect.height - 3 {
            let y = rect.y + 1 + i
            buffer.put(TextWidth.pad(hint.keys, to: keyWidth), x: rect.x + 2, y: y, style: .bold)
            buffer.put(hint.action, x: rect.x + 3 + keyWidth, y: y, maxX: rect.maxX - 1)
        }
        buffer.put("Esc or ? to close", x: rect.x + 2, y: rect.maxY - 2, style: .dim, maxX: rect.maxX - 1)
    }
}

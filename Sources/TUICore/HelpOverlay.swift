/// The help box (`?`): the keys of the current screen, the global keys and what the screen's
/// glyphs mean. As wide as its longest line allows; a line too long for the terminal wraps
/// under its key instead of being cut.
public enum HelpOverlay {
    public static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let hints = AppReducer.hints(for: state.screen) + AppReducer.globalHints
        let keyWidth = min(16, hints.map { TextWidth.of($0.keys) }.max() ?? 4)
        let legend = Legend.lines(for: state.screen)
        let longest = max(hints.map { keyWidth + 1 + TextWidth.of($0.action) }.max() ?? 30, legend.map(TextWidth.of).max() ?? 0)
        let width = min(buffer.width - 2, max(40, longest + 4))
        let actionWidth = max(10, width - keyWidth - 5)
        var rows: [(keys: String, text: String)] = []
        for hint in hints {
            for (i, line) in TextWrap.wrap(hint.action, width: actionWidth).enumerated() { rows.append((i == 0 ? hint.keys : "", line)) }
        }
        var legendRows: [String] = []
        if !legend.isEmpty { legendRows = [""] + legend.flatMap { TextWrap.wrap($0, width: width - 4, indent: "  ") } }
        let height = min(buffer.height - 2, rows.count + legendRows.count + 4)
        let rect = Rect(x: (buffer.width - width) / 2, y: max(1, (buffer.height - height) / 2), width: width, height: height)
        buffer.fill(rect)
        buffer.drawBox(rect, title: "Keys: \(state.screen.title)")
        var y = rect.y + 1
        for row in rows where y < rect.maxY - 2 {
            buffer.put(TextWidth.truncate(row.keys, to: keyWidth), x: rect.x + 2, y: y, style: .bold)
            buffer.put(row.text, x: rect.x + 3 + keyWidth, y: y, maxX: rect.maxX - 1)
            y += 1
        }
        for line in legendRows where y < rect.maxY - 2 {
            buffer.put(line, x: rect.x + 2, y: y, style: .dim, maxX: rect.maxX - 1)
            y += 1
        }
        buffer.put("Esc or ? to close", x: rect.x + 2, y: rect.maxY - 2, style: .dim, maxX: rect.maxX - 1)
    }
}

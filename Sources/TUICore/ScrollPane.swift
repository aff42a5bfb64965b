/// A boxed pane of lines that scrolls: the person screens' detail and figures panes.
public enum ScrollPane {
    /// The text width inside a pane drawn in `rect` (box and one column of padding each side).
    public static func textWidth(_ rect: Rect) -> Int { max(1, rect.width - 4) }

    /// The rows of text inside a pane drawn in `rect`.
    public static func textHeight(_ rect: Rect) -> Int { max(0, rect.height - 2) }

    /// The largest useful scroll offset for `lines` lines in `height` rows.
    public static func maxScroll(lines: Int, height: Int) -> Int { max(0, lines - max(0, height)) }

    /// Draws the box (bold with a ▶ in the title when focused), the lines from `scroll`, and
    /// the position ("3–9 of 20 ↓") in the bottom edge when the lines do not all fit.
    public static func draw(_ lines: [PaneLine], title: String, scroll: Int, focused: Bool,
                            into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.width >= 4, rect.height >= 2 else { return }
        buffer.drawBox(rect, title: (focused ? "▶ " : "") + title, style: focused ? .bold : .plain)
        let height = textHeight(rect)
        let top = max(0, min(scroll, maxScroll(lines: lines.count, height: height)))
        for (i, line) in lines.dropFirst(top).prefix(height).enumerated() {
            line.draw(into: &buffer, x: rect.x + 2, y: rect.y + 1 + i, maxX: rect.maxX - 2)
        }
        guard lines.count > height, height > 0 else { return }
        let last = min(lines.count, top + height)
        let arrows = (top > 0 ? "↑" : "") + (last < lines.count ? "↓" : "")
        let position = " \(top + 1)–\(last) of \(lines.count) \(arrows) "
        let x = rect.maxX - 2 - TextWidth.of(position)
        if x > rect.x + 1 { buffer.put(position, x: x, y: rect.maxY - 1, style: focused ? .bold : .dim) }
    }

    /// A read-only overlay (history, an interview record): the lines from the scroll position,
    /// and where they are, on the last row.
    static func drawOverlay(_ lines: [PaneLine], scroll: Int, into buffer: inout ScreenBuffer, area: Rect) {
        let height = max(0, area.height - 1)
        let top = max(0, min(scroll, maxScroll(lines: lines.count, height: height)))
        for (i, line) in lines.dropFirst(top).prefix(height).enumerated() {
            line.draw(into: &buffer, x: area.x + 1, y: area.y + i, maxX: area.maxX - 1)
        }
        let shown = min(lines.count, top + height)
        let position = lines.count > height ? "\(top + 1)–\(shown) of \(lines.count) · " : ""
        buffer.put("\(position)↑↓ PgUp/PgDn scroll · Esc closes", x: area.x + 1, y: area.maxY - 1, style: .dim, maxX: area.maxX - 1)
    }

    /// An overlay's scroll keys (↑↓ k j a line, PgUp/PgDn ten, Home the top); false for others.
    static func scroll(_ key: KeyEvent, _ scroll: inout Int) -> Bool {
        switch key {
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .down, .character("j"): scroll += 1
        case .pageUp: scroll = max(0, scroll - 10)
        case .pageDown: scroll += 10
        case .home: scroll = 0
        default: return false
        }
        return true
    }
}

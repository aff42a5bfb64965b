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
}

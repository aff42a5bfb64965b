import AttendanceStore
/// A frame of cells drawn by the pure view and rendered by the terminal backend or as text.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x x: Int, y y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from (x, y), clipped at `maxX` (default: the buffer's edge). Wide
    /// graphemes take two cells and are never split at the clip edge. Returns the next x.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var cx = x
        // A control character (from a hostile store file) is drawn as a visible escape; sent
        // raw it could move the cursor or retitle the terminal.
        for ch in TextRules.visible(text, keepingLineBreaks: false) {
            let w = TextWidth.of(ch)
            if w == 0 {
                // Combining mark: attach to the previous cell.
                if cx > 0, cx - 1 < limit, cx - 1 >= 0 { self[x: cx - 1, y: y].grapheme.append(ch) }
                continue
            }
            if cx + w > limit { break }
            if cx >= 0 {
                self[x: cx, y: y] = Cell(grapheme: String(ch), style: style)
                if w == 2 { self[x: cx + 1, y: y] = Cell(grapheme: "", style: style, isContinuation: true) }
            }
            cx += w
        }
        return cx
    }

    /// Fills a rectangle with a grapheme and style.
    public mutating func fill(_ rect: Rect, grapheme: String = " ", style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                self[x: x, y: y] = Cell(grapheme: grapheme, style: style)
            }
        }
    }

    /// Applies a style to a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                self[x: x, y: y].style = transform(self[x: x, y: y].style)
            }
        }
    }

    /// Draws a box with an optional title in the top edge.
    public mutating func drawBox(_ rect: Rect, title: String? = nil, style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in rect.x...right {
            put(x == rect.x ? "┌" : x == right ? "┐" : "─", x: x, y: rect.y, style: style)
            put(x == rect.x ? "└" : x == right ? "┘" : "─", x: x, y: bottom, style: style)
        }
        for y in (rect.y + 1)..<bottom {
            put("│", x: rect.x, y: y, style: style)
            put("│", x: right, y: y, style: style)
        }
        if let title, rect.width > 4 {
            put(" \(TextWidth.truncate(title, to: rect.width - 4)) ", x: rect.x + 1, y: rect.y, style: style.with(.bold), maxX: right)
        }
    }

    /// One line per row, trailing spaces trimmed, continuation cells skipped: the form frame
    /// tests compare.
    public func renderText() -> String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x: x, y: y].isContinuation { line += self[x: x, y: y].grapheme }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// One character per cell: `.` plain, `B` bold, `R` reverse, `U` underline, `D` dim,
    /// `I` italic, `c` coloured (first that applies), for tests of highlights.
    public func renderStyleMask() -> String {
        (0..<height).map { y in
            String((0..<width).map { x -> Character in
                let s = self[x: x, y: y].style
                if s.attributes.contains(.reverse) { return "R" }
                if s.attributes.contains(.bold) { return "B" }
                if s.attributes.contains(.underline) { return "U" }
                if s.attributes.contains(.dim) { return "D" }
                if s.attributes.contains(.italic) { return "I" }
                if s.foreground != .default || s.background != .default { return "c" }
                return "."
            })
        }.joined(separator: "\n")
    }
}

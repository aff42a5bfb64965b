import AttendanceStore

/// Terminal display width, so a Welsh or Chinese name lines up in a table: East Asian wide
/// characters take two columns, combining marks none. Table cells are measured as shown:
/// control characters made visible first (an escape is several columns) and a value longer
/// than a column's cap cut with "…", so one hostile name can neither misalign nor bloat a table.
enum DisplayWidth {
    /// The widest a table cell is shown (the whole value is in `--json`).
    static let cellLimit = 60

    /// The columns `text` takes as a table cell.
    static func of(_ text: String) -> Int { columns(cell(text)) }

    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// `text` as a table cell: one line, control characters visible, at most `limit` columns.
    static func cell(_ text: String, limit: Int = cellLimit) -> String {
        let shown = TextRules.visible(text, keepingLineBreaks: false)
        guard columns(shown) > limit else { return shown }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in shown.unicodeScalars {
            let w = width(of: scalar)
            if used + w > limit - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark || v == 0x200B { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// `text` as a cell padded with spaces to `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        let shown = cell(text)
        return shown + String(repeating: " ", count: max(0, width - columns(shown)))
    }
}

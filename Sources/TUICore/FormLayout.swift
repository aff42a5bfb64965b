/// Where a form's parts go at a width: labels as wide as the longest (up to a third of the
/// width), values as wide as there is room for, and messages beside the values when at least
/// 26 columns are left for them, else only under the form.
struct FormLayout {
    let labelWidth: Int
    let valueWidth: Int
    let notesBeside: Bool
    let noteWidth: Int
    let height: Int
    /// A note's width: all the room there is (its messages go under the form).
    let fullWidth: Int

    /// The value's width for `field`: a note takes the whole row.
    func width(of field: FormField) -> Int { field.kind.isMultiline ? fullWidth : valueWidth }

    init(_ form: FormState, width: Int) {
        let longest = (form.fields.map { TextWidth.of($0.label) }.max() ?? 10) + 2
        labelWidth = max(8, min(longest, width / 3))
        let room = max(8, width - labelWidth)
        notesBeside = room >= 70
        valueWidth = notesBeside ? min(40, room - 28) : room
        noteWidth = max(0, room - valueWidth - 2)
        fullWidth = room
        height = form.fields.reduce(0) { $0 + Self.rows($1) } + 2
    }

    /// Columns a note's text wraps to: one is kept for the cursor.
    var textWidth: Int { max(1, fullWidth - 1) }

    func noteX(_ rect: Rect) -> Int { rect.x + labelWidth + valueWidth + 2 }

    static func rows(_ field: FormField) -> Int {
        if case .multiline(let rows) = field.kind { return max(1, rows) }
        return 1
    }

    /// The rows of text a field shows at `width`: the cursor (▏) in the focused one; a note
    /// scrolled to keep the cursor's line in view; a long line scrolled to keep the cursor.
    static func shown(_ field: FormField, focused: Bool, width: Int) -> [String] {
        switch field.kind {
        case .choice:
            return [TextWidth.truncate("‹ \(field.name(field.value)) ›", to: width)]
        case .text:
            guard focused else { return [TextWidth.truncate(field.value, to: width)] }
            let chars = Array(field.value)
            let caret = field.caret
            // Enough characters either side of the cursor to fill the width.
            var start = 0
            var columns = chars[..<caret].reduce(0) { $0 + TextWidth.of($1) }
            while columns > width - 2 && start < caret {
                columns -= TextWidth.of(chars[start])
                start += 1
            }
            let before = (start > 0 ? "…" : "") + String(chars[start..<caret])
            return [TextWidth.truncate(before + "▏" + String(chars[caret...]), to: width)]
        case .multiline(let rows):
            let text = field.value
            let lines = TextEditing.lines(text, width: max(1, width - 1))
            let chars = Array(text)
            var out = lines.map { String(chars[$0]) }
            var top = 0
            if focused {
                let at = TextEditing.position(of: field.caret, in: lines, text: text)
                let line = lines[at.row]
                let offset = field.caret - line.lowerBound
                let lineChars = Array(out[at.row])
                out[at.row] = String(lineChars[..<min(offset, lineChars.count)]) + "▏" + String(lineChars[min(offset, lineChars.count)...])
                top = max(0, at.row - rows + 1)
            }
            var window = Array(out.dropFirst(top).prefix(rows))
            if top + rows < out.count, let last = window.indices.last {
                window[last] = TextWidth.truncate(window[last], to: max(1, width - 2)) + " ↓"
            }
            if top > 0 { window[0] = "↑ " + TextWidth.truncate(window[0], to: max(1, width - 2)) }
            return window + Array(repeating: "", count: max(0, rows - window.count))
        }
    }
}

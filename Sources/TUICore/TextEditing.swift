import AttendanceStore

/// Editing a text value at a cursor (a character offset): the lines it wraps to at a width,
/// where the cursor is on them, and moving it by line. Shared by the form fields and the
/// interview's answers, so every text a manager types behaves the same way.
enum TextEditing {
    /// The text's lines wrapped to `width` columns, as character ranges: a newline ends a line
    /// (and is in no range); a long line breaks after its last space that fits, or between
    /// characters when a word is longer than the line.
    static func lines(_ text: String, width: Int) -> [Range<Int>] {
        let chars = Array(text)
        let width = max(1, width)
        var result: [Range<Int>] = []
        var start = 0
        while true {
            var end = start
            while end < chars.count && chars[end] != "\n" { end += 1 }
            var lineStart = start
            while true {
                var columns = 0, i = lineStart, lastSpace = -1
                while i < end {
                    let w = TextWidth.of(chars[i])
                    if columns + w > width { break }
                    columns += w
                    if chars[i] == " " { lastSpace = i }
                    i += 1
                }
                if i >= end {
                    result.append(lineStart..<end)
                    break
                }
                let breakAt = lastSpace >= lineStart ? lastSpace + 1 : max(i, lineStart + 1)
                result.append(lineStart..<breakAt)
                lineStart = breakAt
            }
            if end >= chars.count { break }
            start = end + 1
        }
        return result
    }

    /// The line and column (in display columns) of `cursor` among `lines`.
    static func position(of cursor: Int, in lines: [Range<Int>], text: String) -> (row: Int, column: Int) {
        let chars = Array(text)
        for (k, range) in lines.enumerated() {
            let endsHere = cursor == range.upperBound && (k == lines.count - 1 || lines[k + 1].lowerBound != cursor)
            if range.contains(cursor) || endsHere {
                return (k, chars[range.lowerBound..<min(cursor, chars.count)].reduce(0) { $0 + TextWidth.of($1) })
            }
        }
        return (max(0, lines.count - 1), 0)
    }

    /// The cursor at `column` (display columns) on line `row`, or the line's end when shorter.
    static func cursor(row: Int, column: Int, in lines: [Range<Int>], text: String) -> Int {
        guard lines.indices.contains(row) else { return text.count }
        let chars = Array(text)
        var used = 0
        for i in lines[row] {
            let w = TextWidth.of(chars[i])
            if used + w > column { return i }
            used += w
        }
        return lines[row].upperBound
    }

    /// `text` made fit for a field: controls removed (a pasted escape sequence never reaches a
    /// field); tabs become spaces; newlines kept in a multi-line field, else spaces.
    static func cleaned(_ text: String, multiline: Bool) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return String(unified.compactMap { c -> Character? in
            if c == "\n" { return multiline ? "\n" : " " }
            if c == "\t" { return " " }
            return c.unicodeScalars.contains(where: TextRules.isControl) ? nil : c
        })
    }
}

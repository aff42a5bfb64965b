/// Word wrapping by display width (a Chinese character takes two columns, a combining
/// accent none), so wrapped Welsh, Irish or Chinese text stays inside its pane.
public enum TextWrap {
    /// `text` broken into lines of at most `width` columns. Lines break at spaces; a word
    /// wider than a line is split between graphemes (never inside one). Explicit newlines
    /// start new lines; a paragraph's leading spaces are kept. Lines after the first of each
    /// paragraph start with `indent` (dropped when it would take more than half the width).
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        guard width > 0 else { return [] }
        let hanging = TextWidth.of(indent) <= width / 2 ? indent : ""
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Leading spaces (an indented bullet) are kept on the paragraph's first line.
            let leading = String(paragraph.prefix { $0 == " " }.prefix(max(0, width - 1)))
            var line = leading
            var used = leading.count
            var lineHasWord = false
            func newLine() {
                out.append(line)
                line = hanging
                used = TextWidth.of(hanging)
                lineHasWord = false
            }
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let w = TextWidth.of(String(word))
                if lineHasWord && used + 1 + w <= width {
                    line += " " + word
                    used += 1 + w
                    continue
                }
                if lineHasWord { newLine() }
                if used + w <= width {
                    line += word
                    used += w
                    lineHasWord = true
                    continue
                }
                // Too wide for a whole line: split between graphemes.
                for ch in word {
                    let cw = TextWidth.of(ch)
                    if used + cw > width && lineHasWord { newLine() }
                    line.append(ch)
                    used += cw
                    lineHasWord = true
                }
            }
            out.append(line)
        }
        return out
    }
}

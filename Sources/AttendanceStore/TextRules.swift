/// Limits and safety rules for free text and ids, at input and at output.
///
/// At input, text longer than its limit or holding a control character is refused with the
/// limit in the message (a 131 KB `--name` or `Bob\e]0;PWNED\a` is never stored). At output,
/// `visible` turns any control character that reached the store anyway (a hand-edited or
/// hostile file) into a visible escape, so no output can drive the user's terminal.
public enum TextRules {
    /// A person's, team's or organisation's name.
    public static let nameLimit = 200
    /// Short free text: a place, a caller, an actor, a prompt answer's one-liners.
    public static let shortTextLimit = 300
    /// A private note, an interview answer, adjustments, an HR note.
    public static let noteLimit = 4_000
    /// An id typed on the command line (employee, team, manager).
    public static let idLimit = 64

    /// Control characters: C0 (below U+0020), DEL and C1 (U+0080 to U+009F, where U+009B is a
    /// terminal's CSI), and the bidirectional overrides that can make text read backwards.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Why `text` cannot be stored in a field with this limit, or nil. `multiline` allows line
    /// breaks and tabs (notes); nothing allows any other control character.
    public static func problem(_ text: String, limit: Int, multiline: Bool = false) -> String? {
        let count = text.count
        if count > limit { return "is \(count) characters long; at most \(limit) are allowed" }
        for (offset, scalar) in text.unicodeScalars.enumerated() where isControl(scalar) {
            if multiline, scalar == "\n" || scalar == "\t" || scalar == "\r" { continue }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return "holds a control character (\(code) at position \(offset + 1)); "
                + (multiline ? "only letters, digits, punctuation, spaces, tabs and line breaks are allowed"
                             : "only letters, digits, punctuation and spaces are allowed")
        }
        return nil
    }

    /// `text` with every control character shown as an escape (`\e`, `\u{7}`); line feeds and
    /// tabs are kept when `keepingLineBreaks`, and carriage returns (which on a terminal would
    /// let text overwrite the line) only when `keepingCarriageReturns` (a CSV cell's CRLF).
    public static func visible(_ text: String, keepingLineBreaks: Bool = true, keepingCarriageReturns: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) || (keepingLineBreaks && (scalar == "\n" || scalar == "\t"))
                || (keepingCarriageReturns && scalar == "\r") {
                out.append(scalar)
                continue
            }
            let escape = scalar == "\u{1B}" ? "\\e" : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    /// A bad value as a message quotes it: at most `maximum` characters, made visible, with its
    /// length when cut, so a 50 MB value is never repeated.
    public static func quoted(_ text: String, maximum: Int = 40) -> String {
        let count = text.count
        let shown = visible(String(text.prefix(maximum)), keepingLineBreaks: false)
        return count > maximum ? "'\(shown)…' (\(count) characters)" : "'\(shown)'"
    }
}

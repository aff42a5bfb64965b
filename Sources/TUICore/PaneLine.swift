/// One line of a scrolling pane: text in a style, optionally with a leading tag
/// (e.g. "[OVERDUE]") in a style of its own.
public struct PaneLine: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// Columns at the start of `text` drawn in `prefixStyle`.
    public var prefixWidth: Int
    public var prefixStyle: Style

    public init(_ text: String, style: Style = .plain, prefixWidth: Int = 0, prefixStyle: Style = .plain) {
        self.text = text
        self.style = style
        self.prefixWidth = prefixWidth
        self.prefixStyle = prefixStyle
    }

    public static let blank = PaneLine("")

    /// A paragraph wrapped to `width`: `lead` + `prefix` + `text` on the first line, later lines
    /// indented by the width of `lead` + `prefix` (or by `indent` when given).
    public static func paragraph(_ text: String, width: Int, style: Style = .plain, lead: String = "",
                                 prefix: String = "", prefixStyle: Style = .plain, indent: String? = nil) -> [PaneLine] {
        let hanging = indent ?? String(repeating: " ", count: TextWidth.of(lead) + TextWidth.of(prefix))
        let body = prefix.isEmpty ? text : prefix + " " + text
        let lines = TextWrap.wrap(lead + body, width: width, indent: hanging)
        return lines.enumerated().map { i, line in
            let tag = i == 0 && !prefix.isEmpty ? TextWidth.of(lead) + TextWidth.of(prefix) : 0
            return PaneLine(line, style: style, prefixWidth: tag, prefixStyle: prefixStyle)
        }
    }

    /// Draws the line from (x, y), clipped at `maxX`.
    func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, maxX: Int) {
        guard prefixWidth > 0 else {
            buffer.put(text, x: x, y: y, style: style, maxX: maxX)
            return
        }
        var head = ""
        var used = 0
        var rest = Substring(text)
        while let ch = rest.first, used + TextWidth.of(ch) <= prefixWidth {
            head.append(ch)
            used += TextWidth.of(ch)
            rest = rest.dropFirst()
        }
        let lead = head.prefix { $0 == " " }
        var cx = buffer.put(String(lead), x: x, y: y, style: style, maxX: maxX)
        cx = buffer.put(String(head.dropFirst(lead.count)), x: cx, y: y, style: prefixStyle, maxX: maxX)
        buffer.put(String(rest), x: cx, y: y, style: style, maxX: maxX)
    }
}

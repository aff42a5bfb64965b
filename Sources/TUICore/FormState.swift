import AttendanceStore

/// A form being filled in: its fields and the focused one. Editing never discards text:
/// a failed validation keeps every value and marks the fields at fault.
public struct FormState: Hashable, Sendable {
    public var fields: [FormField]
    public var focus = 0 {
        didSet { if oldValue != focus, fields.indices.contains(oldValue) { fields[oldValue].query = "" } }
    }

    public init(fields: [FormField]) {
        self.fields = fields
    }

    /// The value of a field, without the spaces (and, in a note, blank lines) around it.
    public func value(_ id: String) -> String {
        fields.first { $0.id == id }?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// Sets a field's error (nil clears it).
    public mutating func setError(_ id: String, _ message: String?) {
        if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].error = message }
    }

    /// Clears every error.
    public mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// After a refused save: the cursor goes to the first field in error.
    public mutating func focusFirstError() {
        if let i = fields.firstIndex(where: { $0.error != nil }) { focus = i }
    }

    public var isOnLastField: Bool { focus == fields.count - 1 }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    // MARK: Keys

    /// Editing keys: text at the cursor (←→ Home End move it; Enter starts a line in a note),
    /// ←/→ or typing to pick a choice, ↑/↓/Tab between fields (↑↓ between a note's lines
    /// first). `width` is the form's width, for a note's lines. Returns false for keys the
    /// form does not use (Enter outside a note, Esc, function keys).
    public mutating func handle(_ key: KeyEvent, width: Int) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        var field = fields[focus]
        switch key {
        case .tab:
            focus = (focus + 1) % fields.count
            return true
        case .backTab:
            focus = (focus + fields.count - 1) % fields.count
            return true
        case .up, .down:
            if field.kind.isMultiline, moveLine(key == .up ? -1 : 1, width: width) { return true }
            focus = key == .down ? (focus + 1) % fields.count : (focus + fields.count - 1) % fields.count
            return true
        case .left, .right:
            if case .choice = field.kind {
                let options = field.matches
                guard !options.isEmpty else { return true }
                let current = options.firstIndex(of: field.value) ?? 0
                field.value = options[(current + (key == .right ? 1 : options.count - 1)) % options.count]
                field.error = nil
            } else {
                field.cursor = key == .left ? max(0, field.caret - 1) : min(field.value.count, field.caret + 1)
            }
        case .home: if field.kind.isText { field.cursor = 0 }
        case .end: if field.kind.isText { field.cursor = nil }
        case .backspace:
            if field.kind.isText {
                guard field.caret > 0 else { return true }
                let at = field.value.index(field.value.startIndex, offsetBy: field.caret - 1)
                let caret = field.caret - 1
                field.value.remove(at: at)
                field.cursor = caret
            } else if !field.query.isEmpty {
                field.query.removeLast()
            }
            field.error = nil
        case .delete:
            if field.kind.isText, field.caret < field.value.count {
                let caret = field.caret
                field.value.remove(at: field.value.index(field.value.startIndex, offsetBy: caret))
                field.cursor = caret
            }
            field.error = nil
        case .enter:
            guard field.kind.isMultiline else { return false }
            insert("\n", into: &field)
        case .character(let c):
            // A control character (a pasted escape sequence) is never taken into a field.
            if c.unicodeScalars.contains(where: { TextRules.isControl($0) }) { return true }
            if field.kind.isText {
                insert(String(c), into: &field)
            } else {
                pick(field.query + String(c), in: &field)
            }
        default:
            return false
        }
        fields[focus] = field
        return true
    }

    /// A paste goes into the focused field and nowhere else: whole, or (past the field's
    /// limit) not at all, with the reason beside the field. A choice takes it as what to pick.
    public mutating func paste(_ text: String) {
        guard fields.indices.contains(focus) else { return }
        var field = fields[focus]
        let cleaned = TextEditing.cleaned(text, multiline: field.kind.isMultiline)
        if field.kind.isText {
            let room = field.limit - field.value.count
            if cleaned.count > room {
                field.error = "the paste is \(cleaned.count) characters; \(max(0, room)) more fit here (at most \(field.limit)); nothing was pasted"
            } else {
                insert(cleaned, into: &field)
            }
        } else {
            pick(cleaned.trimmingCharacters(in: .whitespaces), in: &field)
        }
        fields[focus] = field
    }

    func insert(_ text: String, into field: inout FormField) {
        guard field.value.count + text.count <= field.limit else {
            field.error = "at most \(field.limit) characters"
            return
        }
        let caret = field.caret
        field.value.insert(contentsOf: text, at: field.value.index(field.value.startIndex, offsetBy: caret))
        field.cursor = caret + text.count
        field.error = nil
    }

    /// Typing on a choice: the first value whose name matches what is typed so far.
    func pick(_ query: String, in field: inout FormField) {
        var probe = field
        probe.query = query
        guard let first = probe.matches.first else {
            field.error = "nothing matches ‘\(query)’; ←→ to browse"
            return
        }
        field.query = query
        field.value = first
        field.error = nil
    }

    /// Moves the cursor a line up or down in the focused note; false at its first or last line.
    mutating func moveLine(_ delta: Int, width: Int) -> Bool {
        let field = fields[focus]
        let layout = FormLayout(self, width: width)
        let lines = TextEditing.lines(field.value, width: layout.textWidth)
        let at = TextEditing.position(of: field.caret, in: lines, text: field.value)
        let row = at.row + delta
        guard lines.indices.contains(row) else { return false }
        fields[focus].cursor = TextEditing.cursor(row: row, column: at.column, in: lines, text: field.value)
        return true
    }

    // MARK: Drawing

    /// The rows the form takes at `width`: its fields, then two for the focused field's note.
    public func height(width: Int) -> Int { FormLayout(self, width: width).height }

    /// Draws the form into `rect`: label, value (focused one reversed, with the cursor), the
    /// error beside each field that has one when there is room, and under the fields the
    /// focused field's help, error in full, or the choices that match what was typed.
    public func draw(into buffer: inout ScreenBuffer, rect: Rect) {
        let layout = FormLayout(self, width: rect.width)
        var y = rect.y
        for (i, field) in fields.enumerated() {
            guard y < rect.maxY else { return }
            buffer.put(TextWidth.truncate(field.label, to: layout.labelWidth - 1), x: rect.x, y: y, style: .bold)
            let x = rect.x + layout.labelWidth
            let focused = i == focus
            let style: Style = focused ? .reverse : .underline
            let rows = FormLayout.rows(field)
            let width = layout.width(of: field)
            for (row, text) in FormLayout.shown(field, focused: focused, width: width).enumerated() where y + row < rect.maxY {
                buffer.put(TextWidth.pad(text, to: width), x: x, y: y + row, style: style, maxX: x + width)
            }
            if let error = field.error, !field.kind.isMultiline {
                if layout.notesBeside {
                    buffer.put("✗ " + TextWidth.truncate(error, to: max(0, layout.noteWidth - 2)), x: layout.noteX(rect), y: y,
                               style: Style(foreground: .red, attributes: .bold), maxX: rect.maxX)
                } else {
                    buffer.put("✗", x: x + layout.valueWidth + 1, y: y, style: Style(foreground: .red, attributes: .bold), maxX: rect.maxX)
                }
            } else if focused, layout.notesBeside, !field.kind.isMultiline, !field.help.isEmpty {
                buffer.put(TextWidth.truncate(field.help, to: layout.noteWidth), x: layout.noteX(rect), y: y, style: .dim, maxX: rect.maxX)
            }
            y += rows
        }
        guard let field = focusedField else { return }
        var note: (String, Style)?
        if let error = field.error {
            note = ("✗ \(field.label): \(error)", Style(foreground: .red, attributes: .bold))
        } else if !field.query.isEmpty {
            let shown = field.matches.prefix(6).map(field.name).joined(separator: " · ")
            note = ("‘\(field.query)’: \(shown)\(field.matches.count > 6 ? " …" : "")  (←→ among them)", .plain)
        } else if !layout.notesBeside || field.kind.isMultiline, !field.help.isEmpty {
            note = (field.help + (field.kind.isMultiline ? " · Enter: new line, Tab: next field" : ""), .dim)
        } else if field.kind.isMultiline {
            note = ("Enter: new line, Tab: next field", .dim)
        } else if case .choice = field.kind {
            note = ("←→ or type to choose", .dim)
        }
        if let note {
            for (k, line) in TextWrap.wrap(note.0, width: rect.width).prefix(2).enumerated() where y + k < rect.maxY {
                buffer.put(line, x: rect.x, y: y + k, style: note.1, maxX: rect.maxX)
            }
        }
    }
}

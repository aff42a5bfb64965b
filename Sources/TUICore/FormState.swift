import AttendanceStore
/// A form being filled in: its fields and the focused one. Editing never discards text:
/// a failed validation keeps every value and marks the fields at fault.
public struct FormState: Hashable, Sendable {
    public var fields: [FormField]
    public var focus = 0

    public init(fields: [FormField]) {
        self.fields = fields
    }

    /// The value of a field.
    public func value(_ id: String) -> String {
        fields.first { $0.id == id }?.value.trimmingCharacters(in: .whitespaces) ?? ""
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

    /// Editing keys: text into a text field, ←/→ through choices, ↑/↓/Tab between fields.
    /// Returns false for keys the form does not use (Enter, Esc, function keys).
    public mutating func handle(_ key: KeyEvent) -> Bool {
        guard !fields.isEmpty else { return false }
        switch key {
        case .tab, .down:
            focus = (focus + 1) % fields.count
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
        case .left, .right:
            guard case .choice(let options) = fields[focus].kind, !options.isEmpty else { return true }
            let current = options.firstIndex(of: fields[focus].value) ?? 0
            let step = key == .right ? 1 : options.count - 1
            fields[focus].value = options[(current + step) % options.count]
            fields[focus].error = nil
        case .backspace, .delete:
            if case .text = fields[focus].kind, !fields[focus].value.isEmpty { fields[focus].value.removeLast() }
            fields[focus].error = nil
        case .character(let c):
            if case .text = fields[focus].kind {
                // A control character (a pasted escape sequence) is never taken into a field.
                if c.unicodeScalars.contains(where: { TextRules.isControl($0) }) { return true }
                guard fields[focus].value.count < fields[focus].limit else {
                    fields[focus].error = "at most \(fields[focus].limit) characters"
                    return true
                }
                fields[focus].value.append(c)
                fields[focus].error = nil
            }
        default:
            return false
        }
        return true
    }

    /// Draws the form into `rect`: label, value (focused one reversed), help or error beside it.
    public func draw(into buffer: inout ScreenBuffer, rect: Rect) {
        let labelWidth = min(24, (fields.map { TextWidth.of($0.label) }.max() ?? 10) + 1)
        let valueWidth = max(12, min(36, rect.width - labelWidth - 6))
        for (i, field) in fields.enumerated() where i < rect.height {
            let y = rect.y + i
            buffer.put(TextWidth.pad(field.label, to: labelWidth), x: rect.x, y: y, style: .bold)
            var shown = field.value
            if case .choice = field.kind { shown = "‹ \(field.value) ›" }
            if i == focus, case .text = field.kind { shown += "▏" }
            let x = rect.x + labelWidth + 1
            buffer.put(TextWidth.pad(shown, to: valueWidth), x: x, y: y, style: i == focus ? .reverse : .underline)
            let noteX = x + valueWidth + 2
            if let error = field.error {
                buffer.put("✗ " + TextWidth.truncate(error, to: max(0, rect.maxX - noteX - 2)), x: noteX, y: y,
                           style: Style(foreground: .red, attributes: .bold), maxX: rect.maxX)
            } else if i == focus, !field.help.isEmpty {
                buffer.put(TextWidth.truncate(field.help, to: max(0, rect.maxX - noteX)), x: noteX, y: y, style: .dim, maxX: rect.maxX)
            }
        }
    }
}

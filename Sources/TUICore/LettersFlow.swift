import AttendanceLetters
import AttendanceRules
import AttendanceStore

/// `L`: the letters kept for the person, newest first. Enter reads one as it was written,
/// with the manager's checklist that went with it; `w` writes its DOCX and text copies into
/// the store's `letters/` folder again. Letters are written with the changes they go with
/// (a booking, an outcome, an appeal); this list never changes the record.
public struct LettersFlow: Hashable, Sendable, Flow {
    public let employeeId: String
    public var selected = 0
    /// The letter being read, or nil for the list.
    public var reading: String?
    public var scroll = 0

    public init(employeeId: String) { self.employeeId = employeeId }

    var title: String { reading == nil ? "Letters" : "Letter" }
    var hints: [KeyHint] {
        reading == nil
            ? [KeyHint("↑↓", "choose"), KeyHint("Enter", "read"), KeyHint("w", "write the files again"), KeyHint("Esc", "close")]
            : [KeyHint("↑↓ PgUp/Dn", "scroll"), KeyHint("w", "write the files again"), KeyHint("Esc", "back to the list")]
    }
    var active: ActiveFlow { .letters(self) }
    mutating func didSave(_ data: AppData) -> [AppEffect] { [] }
    mutating func saveFailed() {}

    /// The person's letters, newest first.
    func letters(_ data: AppData) -> [LetterRecord] { (data.employee(employeeId)?.letters ?? []).reversed() }

    /// The lines at `width` columns: the list, or the letter read with its checklist, wrapped.
    func lines(_ data: AppData, width: Int = 76) -> [PaneLine] {
        guard let employee = data.employee(employeeId) else { return [PaneLine("This employee is no longer in the store.")] }
        let kept = letters(data)
        if let reading, let letter = kept.first(where: { $0.id == reading }) {
            var out = [PaneLine("\(letter.title) · \(letter.id) · written \(letter.writtenOn.ukDisplay) by \(letter.writtenBy) · \(letter.delivery.rawValue)", style: .bold),
                       PaneLine("Files: \(letter.path(employeeId: employee.id, format: "docx")) and .txt (in the store folder)", style: .dim), .blank]
            if letter.includesPrivate { out.append(PaneLine("Holds private notes (health data) the manager chose to include.", style: Style(foreground: .yellow))) }
            for line in LetterKeeping.document(letter).plainText.split(separator: "\n", omittingEmptySubsequences: false) {
                out += line.isEmpty ? [.blank] : PaneLine.paragraph(String(line), width: width, indent: line.hasPrefix("- ") ? "  " : "")
            }
            out += [.blank, PaneLine("Checklist for you (not part of the letter)", style: .bold)]
            for item in letter.checklist {
                out += PaneLine.paragraph(item, width: width, style: item.hasPrefix("[NOT MET]") ? Style(foreground: .red) : .plain, lead: "  ", indent: "    ")
            }
            return out
        }
        guard !kept.isEmpty else {
            return [PaneLine("No letters kept for \(employee.name) yet."), .blank]
                + PaneLine.paragraph("Booking a meeting (M) writes its invitation; recording an outcome or an appeal (o) writes its letter.", width: width)
                + PaneLine.paragraph("On the command line: attend letter write --employee \(employee.id) --kind KIND …", width: width, style: .dim)
        }
        var out = [PaneLine("\(employee.name): \(Plural.of(kept.count, "letter")), newest first", style: .bold), .blank]
        for (i, letter) in kept.enumerated() {
            var text = (i == selected ? "▸ " : "  ") + "\(letter.writtenOn.ukDisplay)  \(letter.id)  \(letter.title)\(letter.includesPrivate ? " (private notes)" : "")"
            if TextWidth.of(text) > width { text = TextWrap.wrap(text, width: max(1, width - 1)).first.map { $0 + "…" } ?? text }
            out.append(PaneLine(text, style: i == selected ? .reverse : .plain))
        }
        return out
    }

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        let kept = letters(state.data)
        if reading != nil {
            if ScrollPane.scroll(key, &scroll) { return [] }
            switch key {
            case .escape, .enter, .character("q"): reading = nil; scroll = 0
            case .character("w"): return rewrite(kept.first { $0.id == reading }, &state)
            default: break
            }
            return []
        }
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(max(0, kept.count - 1), selected + 1)
        case .home: selected = 0
        case .end: selected = max(0, kept.count - 1)
        case .enter:
            if kept.indices.contains(selected) { reading = kept[selected].id; scroll = 0 }
        case .character("w"): return rewrite(kept.indices.contains(selected) ? kept[selected] : nil, &state)
        case .escape, .character("q"), .character("L"): state.flow = nil
        default: break
        }
        return []
    }

    func rewrite(_ letter: LetterRecord?, _ state: inout AppState) -> [AppEffect] {
        guard let letter else { state.message = "No letter to write."; return [] }
        state.message = "Writing \(letter.id)…"
        return [.writeLetter(employeeId: employeeId, letter: letter)]
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        ScrollPane.drawOverlay(lines(state.data, width: max(20, area.width - 2)), scroll: reading == nil ? max(0, selected + 2 - max(1, area.height - 2)) : scroll, into: &buffer, area: area)
    }
}

import AttendanceRules
import AttendanceStore

/// `h`: the history of the person, or of the record under the cursor, newest first: who,
/// when, why and each field's old and new value (private text only as changed). Read-only.
public struct HistoryFlow: Hashable, Sendable, Flow {
    public let employeeId: String
    public let record: RecordReference?
    public var scroll = 0

    var title: String { record.map { "History of \($0.historyName)" } ?? "History" }
    var hints: [KeyHint] { [KeyHint("↑↓ PgUp/Dn", "scroll"), KeyHint("Esc", "close")] }
    var active: ActiveFlow { .history(self) }
    mutating func didSave(_ data: AppData) -> [AppEffect] { [] }
    mutating func saveFailed() {}

    public init(employeeId: String, record: RecordReference?) {
        self.employeeId = employeeId
        self.record = record
    }

    /// The lines shown, newest change first.
    public func lines(_ data: AppData) -> [PaneLine] {
        guard let employee = data.employee(employeeId) else { return [PaneLine("This employee is no longer in the store.")] }
        var out: [PaneLine] = []
        let name = record?.historyName
        for entry in employee.history.reversed() {
            let changes = (entry.changes ?? []).filter { name == nil || $0.record == name }
            if let name, changes.isEmpty && !entry.summary.contains(record?.id ?? name) { continue }
            let when = String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
            out.append(PaneLine("\(when) UTC  \(entry.action)  by \(entry.actor)", style: .bold))
            out.append(PaneLine("  \(UKDates.inText(entry.summary))"))
            if let reason = entry.reason { out.append(PaneLine("  Reason: \(reason)", style: Style(foreground: .yellow))) }
            for change in changes { out.append(PaneLine("    \(UKDates.inText(change.text))", style: .dim)) }
        }
        let voided = employee.voided.filter { name == nil || RecordReference($0.kind, $0.record.id).historyName == name }
        if !voided.isEmpty {
            out.append(.blank)
            out.append(PaneLine("Voided (kept, not counted):", style: .bold))
            for v in voided { out.append(PaneLine("  \(v.kind.label) \(v.record.id), \(v.on.ukDisplay) by \(v.by): \(v.reason)")) }
        }
        return out.isEmpty ? [PaneLine("No changes recorded\(name.map { " for \($0)" } ?? "").")] : out
    }

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        if ScrollPane.scroll(key, &scroll) { return [] }
        switch key {
        case .escape, .enter, .character("q"), .character("h"): state.flow = nil
        default: break
        }
        return []
    }

    /// Inside the flow's box: the lines from the scroll position, and where they are.
    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        ScrollPane.drawOverlay(lines(state.data), scroll: scroll, into: &buffer, area: area)
    }
}

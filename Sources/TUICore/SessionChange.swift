import AttendanceRules
import AttendanceStore

/// One change this UI session saved, kept so `u` can undo it: the person's document just
/// before the save and just after it (issue 12).
public struct SessionChange: Hashable, Sendable {
    public let employeeId: String
    public let action: String
    public let summary: String
    public let before: EmployeeDocument
    public let after: EmployeeDocument

    public init(employeeId: String, action: String, summary: String, before: EmployeeDocument, after: EmployeeDocument) {
        self.employeeId = employeeId
        self.action = action
        self.summary = summary
        self.before = before
        self.after = after
    }

    /// The undo: the records as they were before, saved on top of the current revision, so
    /// the undo is one more recorded change and the history is never rewritten. A record the
    /// change added is not thrown away: it goes to `voided`, with the undo as its reason.
    public func undo(current: EmployeeDocument, by actor: String, on day: CalendarDay) -> EmployeeDocument {
        var restored = before
        restored.revision = current.revision
        restored.history = current.history
        restored.schemaVersion = current.schemaVersion
        // Records voided since this change (by undoing later ones) stay voided.
        restored.voided += current.voided.filter { !after.voided.contains($0) }
        let reason = "undone in the terminal UI: \(summary)"
        var added = current
        for kind in RecordKind.allCases {
            let kept = Set(before.ids(of: kind))
            for id in added.ids(of: kind) where !kept.contains(id) {
                // Absences first carry their own records with them; one already carried is gone.
                guard let withdrawn = try? added.void(kind, id: id, reason: reason, by: actor, on: day) else { continue }
                restored.voided += withdrawn
            }
        }
        return restored
    }

    /// Whether the person's records that count are still as this change left them (nothing
    /// saved since, here or elsewhere, or only what undoing later changes put back; the records
    /// those undos withdrew are in `voided`, which is not compared).
    public func isLatest(_ current: EmployeeDocument) -> Bool { Self.sameRecords(current, after) }

    static func sameRecords(_ a: EmployeeDocument, _ b: EmployeeDocument) -> Bool {
        var x = a, y = b
        x.revision = 0; y.revision = 0
        x.history = []; y.history = []
        x.schemaVersion = 0; y.schemaVersion = 0
        x.voided = []; y.voided = []
        return x == y
    }
}

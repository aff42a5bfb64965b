import AttendanceRules

/// A contact during an absence.
public struct ContactRecord: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public var absenceId: String?
    public var on: CalendarDay
    /// `manager` or `employee`: who made contact.
    public var by: String
    public var via: CallChannel
    /// A private note.
    public var note: String?

    public init(id: String, absenceId: String?, on: CalendarDay, by: String, via: CallChannel, note: String? = nil) {
        self.id = id
        self.absenceId = absenceId
        self.on = on
        self.by = by
        self.via = via
        self.note = note
    }
}

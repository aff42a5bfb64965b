import AttendanceRules

/// A fit note received: the dates it covers and any "may be fit" advice.
public struct FitNoteRecord: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public var absenceId: String
    public var from: CalendarDay
    public var to: CalendarDay
    public var received: CalendarDay
    /// "May be fit for work" with adjustments (not binding, NUL16 s11 [002:1137-1146]).
    public var mayBeFit: Bool
    public var adjustments: String?

    public init(id: String, absenceId: String, from: CalendarDay, to: CalendarDay, received: CalendarDay,
                mayBeFit: Bool = false, adjustments: String? = nil) {
        self.id = id
        self.absenceId = absenceId
        self.from = from
        self.to = to
        self.received = received
        self.mayBeFit = mayBeFit
        self.adjustments = adjustments
    }
}

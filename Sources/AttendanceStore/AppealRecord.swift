import AttendanceRules

/// An appeal against a stage outcome.
public struct AppealRecord: Codable, Hashable, Sendable {
    public var lodged: CalendarDay
    public var heard: CalendarDay?
    /// `upheld`, `dismissed`, `varied`, or nil while pending.
    public var result: String?

    public init(lodged: CalendarDay, heard: CalendarDay? = nil, result: String? = nil) {
        self.lodged = lodged
        self.heard = heard
        self.result = result
    }
}

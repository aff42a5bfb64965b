import AttendanceRules

/// HR withdrew a warning (issue 12): it is no longer live and no longer counts towards the
/// stage rules, and the reason stays with the stage record.
public struct WarningWithdrawal: Codable, Hashable, Sendable {
    public let on: CalendarDay
    public let by: String
    public let reason: String

    public init(on: CalendarDay, by: String, reason: String) {
        self.on = on
        self.by = by
        self.reason = reason
    }
}

/// Contact duties during a sickness absence.
public struct ContactRules: Codable, Hashable, Sendable {
    /// The employee must contact the manager on this calendar day of the spell (NUL 8).
    public let employeeContactOnCalendarDay: Int?
    public let employeeContactSource: String?
    /// Contact at least every this many calendar days, both ways (NOTTS 7).
    public let atLeastEveryCalendarDays: Int?
    public let regularContactSource: String?
}

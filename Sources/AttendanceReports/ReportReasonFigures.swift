import AttendanceRules

/// One reason category's share of the time lost. Reasons are health data about identifiable
/// people: a figure is shown only when the group has at least the organisation's minimum of
/// people and at least that many people had spells of the reason; otherwise `suppressed`, and
/// the figures are nil ("fewer than 5"). Names are never listed beside reasons.
public struct ReportReasonFigures: Hashable, Sendable, Codable {
    public let reason: String
    public let label: String
    public let suppressed: Bool
    public let workingDaysLost: Int?
    public let spells: Int?
}

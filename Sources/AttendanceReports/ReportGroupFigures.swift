import AttendanceRules

/// Working time lost for a group of people (the organisation, a team, a manager's people)
/// over a report's period: sickness working days lost against working days available, both on
/// each person's own pattern less their nation's bank holidays (AMB-01), with the policy's
/// counting and exclusions (only days that counted are lost).
public struct ReportGroupFigures: Hashable, Sendable, Codable {
    public let key: String
    public let name: String
    public let people: Int
    public let fte: Double
    public let workingDaysAvailable: Int
    public let workingDaysLost: Int
    /// Lost in spells under the policy's long-term threshold, and at or over it.
    public let shortTermDaysLost: Int
    public let longTermDaysLost: Int
    public let spells: Int
    /// Lost per month, oldest first, one for each month of the period.
    public let monthlyDaysLost: [Int]
    public let monthlyDaysAvailable: [Int]
    public let duties: ReportDutyFigures

    /// Lost ÷ available, nil when nothing was available.
    public var absenceRate: Double? { workingDaysAvailable > 0 ? Double(workingDaysLost) / Double(workingDaysAvailable) : nil }
    /// Lost ÷ full-time equivalents, nil for a group with none.
    public var daysLostPerFTE: Double? { fte > 0 ? Double(workingDaysLost) / fte : nil }
    /// Each month's rate (nil for a month with nothing available).
    public var monthlyRates: [Double?] {
        zip(monthlyDaysLost, monthlyDaysAvailable).map { lost, available in available > 0 ? Double(lost) / Double(available) : nil }
    }
}

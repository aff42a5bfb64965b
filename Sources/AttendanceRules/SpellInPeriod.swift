/// One sickness spell as a report over a period sees it: the spell as the policy measures it
/// and the working days it lost inside the period (days that counted, on the person's own
/// working days, AMB-01; excluded days do not count, AMB-46), by month.
public struct SpellInPeriod: Sendable {
    public let spell: SpellFigures
    /// Counted working days of the spell inside the period.
    public let workingDaysLost: Int
    /// The same days by month (`year * 12 + month - 1` → days), for the trend.
    public let byMonth: [Int: Int]
    /// The spell is long-term under the policy's long-term trigger (its whole length, in the
    /// trigger's unit, meets the trigger's value); false when the policy has none.
    public let longTerm: Bool
}

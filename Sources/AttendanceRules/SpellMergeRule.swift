/// When separate sickness records form one spell ("occasion", AMB-04).
public struct SpellMergeRule: Codable, Hashable, Sendable {
    /// Records separated only by the employee's non-working days are one spell.
    public let acrossNonWorkingDays: Bool
    /// Records separated only by bank holidays (and non-working days) are one spell.
    public let acrossBankHolidays: Bool
    /// Records separated by annual leave are one spell.
    public let acrossAnnualLeave: Bool
    public let source: String
}

/// Everything the rules say about one employee on one date under one policy.
public struct EmployeeEvaluation: Hashable, Sendable {
    public let employeeId: String
    public let policyId: String
    public let figures: AbsenceFigures
    public let triggers: [TriggerResult]
    public let nextStep: NextStep
    public let warnings: [WarningStatus]
    public let patterns: AbsencePatterns

    /// Ids of the triggers hit.
    public var triggersHit: [String] { triggers.filter(\.hit).map(\.id) }
}

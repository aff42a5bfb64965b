import AttendanceRules

/// The recorded outcome of a stage: warning (with the score when issued), review period, appeal.
public struct StageRecord: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// The policy's stage id, e.g. `stage1`.
    public var stage: String
    public var decidedOn: CalendarDay
    public var outcome: StageOutcomeKind
    public var meetingId: String?
    /// The warning issued, when the outcome is a warning.
    public var warning: WarningRecord?
    public var reviewPeriodEnd: CalendarDay?
    public var appeal: AppealRecord?
    /// HR withdrew the warning (schema 5).
    public var warningWithdrawn: WarningWithdrawal?

    public init(id: String, stage: String, decidedOn: CalendarDay, outcome: StageOutcomeKind, meetingId: String? = nil,
                warning: WarningRecord? = nil, reviewPeriodEnd: CalendarDay? = nil, appeal: AppealRecord? = nil,
                warningWithdrawn: WarningWithdrawal? = nil) {
        self.id = id
        self.stage = stage
        self.decidedOn = decidedOn
        self.outcome = outcome
        self.meetingId = meetingId
        self.warning = warning
        self.reviewPeriodEnd = reviewPeriodEnd
        self.appeal = appeal
        self.warningWithdrawn = warningWithdrawn
    }

    /// The warning as the rules see it: none once an appeal against it was upheld (the
    /// warning is overturned) or HR withdrew it. A varied or dismissed appeal leaves it.
    public var standingWarning: WarningRecord? {
        guard warningWithdrawn == nil, appeal?.result != "upheld" else { return nil }
        return warning
    }
}

/// One rung of a policy's stage ladder (informal meeting, Stage 1, 2, 3 ...).
public struct StageRule: Codable, Hashable, Sendable {
    /// A stable id, e.g. `stage1`; also the meeting kind used to schedule it.
    public let id: String
    public let name: String
    public let formal: Bool
    /// Trigger ids that make this stage the recommended step.
    public let triggeredBy: [String]
    /// How the stage is reached when no trigger number applies ("no sustained improvement").
    public let enteredWhen: String?
    public let entry: StageEntryRule?
    public let warning: WarningRule?
    public let reviewPeriod: ReviewPeriodRule?
    public let onAbsenceWhileWarningLive: AbsenceWhileWarningLive?
    /// HR must be consulted before this stage (e.g. NUL16 Stage 2 "in consultation with HR").
    public let hrAdviceFirst: SourcedText?
    /// What must be in place before the stage goes ahead (e.g. an OH referral no more than 3 months old).
    public let preconditions: [SourcedText]?
    /// What the outcome letter says of the review period; nil when the policy says nothing.
    public let outcomeLetter: StageOutcomeLetterRule?
    /// The right of appeal against this stage's outcome; nil when the policy states none (AMB-15).
    public let appeal: StageAppealRule?
    public let source: String
}

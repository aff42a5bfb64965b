/// The recommended next step on the policy's stage ladder, explained. A trigger never
/// applies a sanction by itself: it opens a review (NUL16 s20.5 [002:1239]).
public struct NextStep: Hashable, Sendable {
    /// The stage id to consider (also the meeting kind), or nil when no formal step is due.
    public let stage: String?
    public let title: String
    /// Why, step by step, each with its source.
    public let reasons: [String]
    /// What needs HR advice before any action (disability, injury, stage-skip cases ...).
    public let hrAdviceFirst: [String]
    /// What must be in place before the step (e.g. an OH referral no older than 3 months).
    public let preconditions: [SourcedText]
}

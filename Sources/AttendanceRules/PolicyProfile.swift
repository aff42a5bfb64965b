/// A sickness-absence policy as data: every number, unit and source of one seed policy
/// (or an organisation's own), loaded from `data/policies/<id>.json`.
public struct PolicyProfile: Codable, Hashable, Sendable, Identifiable {
    /// The file format version this build reads.
    public static let supportedFormatVersion = 1

    public let formatVersion: Int
    public let id: String
    public let name: String
    /// The short key used in citations, e.g. `NUL16`.
    public let citationKey: String
    public let document: String
    public let summary: String
    public let effectiveDate: CalendarDay?
    public let trialEndDate: CalendarDay?
    /// No trigger-driven action until an absence begins on or after `effectiveDate` (NUL16 [002:960]).
    public let actionsWaitForAbsenceAfterEffectiveDate: Bool?
    public let window: WindowRule
    public let counting: CountingRules
    public let bradford: BradfordRule?
    public let triggers: [TriggerRule]
    public let stages: [StageRule]
    public let repeatRules: [RepeatRule]
    public let longTerm: LongTermRules?
    public let certification: CertificationRules
    public let contact: ContactRules
    public let returnToWork: RTWRules
    public let occupationalHealth: OccupationalHealthRules?
    public let medicalEvidence: MedicalEvidenceRule?
    public let notification: NotificationRules?
    /// Annual leave interrupted by sickness (AMB-19); nil when the policy is silent.
    public let sickDuringAnnualLeave: SickDuringLeaveRule?
    public let meetings: [MeetingRule]
    public let noticeDelivery: NoticeDeliveryRules
    public let protectiveMarking: String?
    public let ambiguities: [AmbiguityChoice]
    /// What the policy refers to but does not supply (AMB-39): shown as "not specified by policy".
    public let notSpecified: [SourcedText]?

    /// The trigger with this id.
    public func trigger(_ id: String) -> TriggerRule? { triggers.first { $0.id == id } }

    /// The stage with this id.
    public func stage(_ id: String) -> StageRule? { stages.first { $0.id == id } }

    /// The meeting kind with this id.
    public func meeting(_ kind: String) -> MeetingRule? { meetings.first { $0.kind == kind } }

    /// The index of a stage on the ladder.
    public func stageIndex(_ id: String) -> Int? { stages.firstIndex { $0.id == id } }
}

/// Every check of a meeting kind for one proposed meeting, and the earliest valid time.
public struct MeetingCheckReport: Hashable, Sendable {
    public let policyId: String
    public let kind: String
    public let meetingName: String
    /// When the notice counts as received under the delivery rule.
    public let noticeReceived: LocalDateTime
    public let deliveryRule: String
    public let checks: [MeetingCheckResult]
    public let skipped: [SkippedMeetingCheck]
    /// The earliest meeting time meeting every notice rule, within meeting hours on an
    /// organisation working day; nil when an upper limit makes every time invalid.
    public let earliestValid: LocalDateTime?
    public let accompaniment: SourcedText?

    /// True when every check that ran passed.
    public var ok: Bool { checks.allSatisfy(\.ok) }
}

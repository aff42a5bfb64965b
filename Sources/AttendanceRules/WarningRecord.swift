/// A warning issued at a stage, with the Bradford score when it was issued (needed for the
/// stage-skip gap, AMB-11) and its validity when the policy gives none (AMB-26).
public struct WarningRecord: Codable, Hashable, Sendable {
    public let stage: String
    public let issued: CalendarDay
    public let scoreAtIssue: Double?
    public let validity: Period?

    public init(stage: String, issued: CalendarDay, scoreAtIssue: Double? = nil, validity: Period? = nil) {
        self.stage = stage
        self.issued = issued
        self.scoreAtIssue = scoreAtIssue
        self.validity = validity
    }

    /// The day the warning lapses (no longer live from that day), or nil when no validity is known.
    public func lapseDate(under policy: PolicyProfile) -> CalendarDay? {
        let period = validity ?? policy.stage(stage)?.warning?.validity
        return period?.calendarEnd(from: issued)
    }

    /// Whether the warning is live on `date`: issued on or before it and not yet lapsed.
    /// A warning with no known validity stays live until one is recorded.
    public func isLive(on date: CalendarDay, under policy: PolicyProfile) -> Bool {
        guard issued <= date else { return false }
        guard let lapse = lapseDate(under: policy) else { return true }
        return date < lapse
    }
}

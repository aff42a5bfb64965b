import AttendanceRules

/// A sickness call: who reported, when, how, and what they said.
public struct SicknessCall: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// The absence the call opened.
    public var absenceId: String
    public var receivedAt: LocalDateTime
    public var via: CallChannel
    /// Who called when it was not the employee (a proxy).
    public var caller: String?
    public var reason: ReasonCategory?
    /// A private free-text note. Kept out of exports, invitations and logs.
    public var note: String?
    public var expectedReturn: CalendarDay?
    /// What the policy flags about the call (late, by text ...), with sources.
    public var flags: [String]

    public init(id: String, absenceId: String, receivedAt: LocalDateTime, via: CallChannel, caller: String? = nil,
                reason: ReasonCategory? = nil, note: String? = nil, expectedReturn: CalendarDay? = nil, flags: [String] = []) {
        self.id = id
        self.absenceId = absenceId
        self.receivedAt = receivedAt
        self.via = via
        self.caller = caller
        self.reason = reason
        self.note = note
        self.expectedReturn = expectedReturn
        self.flags = flags
    }
}

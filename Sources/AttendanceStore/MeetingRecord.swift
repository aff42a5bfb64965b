import AttendanceRules

/// A scheduled meeting (attendance support meeting, a stage, a review, an appeal ...).
public struct MeetingRecord: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// The policy's meeting kind, e.g. `stage1`.
    public var kind: String
    public var at: LocalDateTime
    public var durationMinutes: Int
    public var place: String
    public var noticeGiven: LocalDateTime
    public var delivery: NoticeDelivery
    /// Set when the meeting was booked although a notice check failed.
    public var overrideReason: String?
    /// Increases with every change, for calendar invitations (RFC 5545 SEQUENCE).
    public var sequence: Int
    public var cancelled: Bool
    /// Held, not attended or postponed (schema 5); nil until recorded.
    public var outcome: MeetingOutcome?

    public init(id: String, kind: String, at: LocalDateTime, durationMinutes: Int = 60, place: String,
                noticeGiven: LocalDateTime, delivery: NoticeDelivery, overrideReason: String? = nil,
                sequence: Int = 0, cancelled: Bool = false, outcome: MeetingOutcome? = nil) {
        self.id = id
        self.kind = kind
        self.at = at
        self.durationMinutes = durationMinutes
        self.place = place
        self.noticeGiven = noticeGiven
        self.delivery = delivery
        self.overrideReason = overrideReason
        self.sequence = sequence
        self.cancelled = cancelled
        self.outcome = outcome
    }

    /// Why this meeting cannot be moved, or nil: a cancelled one is over (book a new one), and
    /// one recorded as held took place (a wrong record of it is voided, not moved).
    public var rescheduleProblem: String? {
        if cancelled { return "meeting \(id) is cancelled; book a new one" }
        if outcome == .held { return "meeting \(id) was held (recorded); a held meeting is not moved; void it if it was recorded by mistake" }
        return nil
    }

    /// The meeting moved to `at` with new notice: SEQUENCE + 1 so calendars update the same
    /// event (RFC 5545), the override reason only while a check fails, and a recorded outcome
    /// (a postponement) cleared when it moves at the employee's request.
    public func moved(to at: LocalDateTime, notice: LocalDateTime, delivery: NoticeDelivery, place: String, durationMinutes: Int,
                      overrideReason: String?, atEmployeeRequest: Bool) -> MeetingRecord {
        var next = self
        next.at = at
        next.noticeGiven = notice
        next.delivery = delivery
        next.place = place
        next.durationMinutes = durationMinutes
        next.overrideReason = overrideReason
        next.sequence = sequence + 1
        if atEmployeeRequest { next.outcome = nil }
        return next
    }
}

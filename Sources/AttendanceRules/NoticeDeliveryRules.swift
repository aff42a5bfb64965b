/// Deemed-receipt rules per delivery method, and the organisation's meeting hours used to
/// suggest the earliest valid meeting time.
public struct NoticeDeliveryRules: Codable, Hashable, Sendable {
    public let hand: NoticeDeliveryRule
    public let email: NoticeDeliveryRule
    public let post: NoticeDeliveryRule
    /// `HH:MM`: the earliest time a meeting is suggested on a working day.
    public let meetingDayStart: String
    /// `HH:MM`: the latest start time suggested.
    public let meetingDayEnd: String
}

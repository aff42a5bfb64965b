/// When a notice delivered by one method is taken to be received. The seeds set no deemed-receipt
/// rule (AMB-13), so attend ships a documented default that a profile may change.
public struct NoticeDeliveryRule: Codable, Hashable, Sendable {
    /// Organisation working days added to the day of sending (post: 2).
    public let addWorkingDays: Int
    /// `HH:MM`: sent after this, it counts from the next working day (email).
    public let cutOff: String?
    public let source: String
}

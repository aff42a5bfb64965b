/// How sickness must be reported on day 1.
public struct NotificationRules: Codable, Hashable, Sendable {
    public let deadline: NotificationDeadlineKind
    public let minutes: Int?
    /// `HH:MM` for `clockTime`.
    public let time: String?
    /// Channels accepted (`phone`, `proxy`, `text`, `email`).
    public let channels: [String]
    /// When a proxy may call: `ifUnable`, `exceptional`, or nil when the policy is silent.
    public let proxy: String?
    public let contactCentreFallback: Bool?
    public let source: String
}

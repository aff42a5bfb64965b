import AttendanceRules

/// A self-certificate handed in for a sickness absence (issue 12): the day it was received
/// marks the self-certificate duty done from that day.
public struct SelfCertificateRecord: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// The sickness absence it covers.
    public var absenceId: String
    /// The day it was received.
    public var received: CalendarDay

    public init(id: String, absenceId: String, received: CalendarDay) {
        self.id = id
        self.absenceId = absenceId
        self.received = received
    }
}

import AttendanceRules
import AttendanceStore

/// One line of the team roster, computed once per data load.
public struct RosterRow: Hashable, Sendable {
    public let id: String
    public let name: String
    public let teamId: String?
    public let managerId: String?
    public let status: EmployeeStatus
    public let policyId: String
    /// The policy's headline figure: "B 225" (Bradford) or "3 occ / 7 wd".
    public let figure: String
    /// For sorting by the headline figure.
    public let score: Double
    public let triggersHit: [String]
    public let nextStep: String
    /// The highest live warning's name, e.g. "Stage 1 written warning".
    public let liveWarning: String?
    public let warningLapses: CalendarDay?
    public let needsHRAdvice: Bool
}

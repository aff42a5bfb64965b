/// Where a duty stands on the evaluation date.
public enum DutyStatus: String, Codable, Sendable, Comparable {
    case overdue
    case due
    case upcoming
    case done
    case notNeeded = "not-needed"

    /// Still to be done: overdue, due or upcoming.
    public var isOpen: Bool { self == .overdue || self == .due || self == .upcoming }

    public static func < (lhs: DutyStatus, rhs: DutyStatus) -> Bool {
        let order: [DutyStatus] = [.overdue, .due, .upcoming, .done, .notNeeded]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

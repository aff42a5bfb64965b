/// Where a duty stands on the evaluation date.
public enum DutyStatus: String, Codable, Sendable, Comparable {
    case overdue
    case due
    case upcoming
    case done
    case notNeeded = "not-needed"

    public static func < (lhs: DutyStatus, rhs: DutyStatus) -> Bool {
        let order: [DutyStatus] = [.overdue, .due, .upcoming, .done, .notNeeded]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

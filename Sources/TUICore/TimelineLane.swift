/// A row of the stage timeline, top to bottom.
public enum TimelineLane: Int, Hashable, Sendable, CaseIterable, Comparable {
    case absence
    case trigger
    case meeting
    case outcome
    case warning
    case review
    case appeal

    /// The label at the left of the lane.
    public var title: String {
        switch self {
        case .absence: "Absence"
        case .trigger: "Triggers"
        case .meeting: "Meetings"
        case .outcome: "Outcomes"
        case .warning: "Warnings"
        case .review: "Reviews"
        case .appeal: "Appeals"
        }
    }

    /// One item's kind in words, for the status line.
    public var itemName: String {
        switch self {
        case .absence: "Absence"
        case .trigger: "Trigger"
        case .meeting: "Meeting"
        case .outcome: "Outcome"
        case .warning: "Warning"
        case .review: "Review period"
        case .appeal: "Appeal"
        }
    }

    public static func < (lhs: TimelineLane, rhs: TimelineLane) -> Bool { lhs.rawValue < rhs.rawValue }
}

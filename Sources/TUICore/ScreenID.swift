/// The screens of the terminal UI.
public enum ScreenID: String, Hashable, Sendable, CaseIterable {
    case roster
    case teamCalendar
    case personYear
    case timeline
    case personDetail
    case weekly
    case reports

    /// The title shown in the header.
    public var title: String {
        switch self {
        case .roster: "Team roster"
        case .teamCalendar: "Team calendar"
        case .personYear: "Year"
        case .timeline: "Stage timeline"
        case .personDetail: "Person"
        case .weekly: "This week"
        case .reports: "Reports"
        }
    }

    /// The key that opens it from anywhere.
    public var key: Character {
        switch self {
        case .roster: "1"
        case .teamCalendar: "2"
        case .personYear: "3"
        case .timeline: "4"
        case .personDetail: "5"
        case .weekly: "6"
        case .reports: "7"
        }
    }
}

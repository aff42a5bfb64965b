/// The status line's default text for a screen (the cell under the cursor, the selection ...).
public enum StatusLine {
    public static func text(for state: AppState) -> String {
        switch state.screen {
        case .roster:
            let rows = state.visibleRows
            guard let row = state.selectedRow else { return "No one matches." }
            return "\(min(state.roster.selected + 1, rows.count))/\(rows.count) · \(row.name): \(row.nextStep)"
        case .teamCalendar: return TeamCalendarScreen.status(state)
        case .personYear: return PersonYearScreen.status(state)
        case .timeline: return TimelineScreen.status(state)
        case .personDetail: return PersonDetailScreen.status(state)
        case .weekly: return WeeklyScreen.status(state)
        case .reports: return ReportsScreen.status(state)
        }
    }
}

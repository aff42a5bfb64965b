import AttendanceRules
import AttendanceStore

/// Everything the UI shows, changed only by `AppReducer`.
public struct AppState: Sendable {
    public var data: AppData
    public var width: Int
    public var height: Int
    public var screen: ScreenID = .roster
    public var showHelp = false
    /// True when the terminal cannot show Unicode (a locale that is not UTF-8): charts are drawn
    /// in ASCII (`#` bars, `_.-~=+*#` trends) instead of block elements.
    public var asciiOnly = false
    public var confirmQuit = false
    /// Who is using the UI, for records an undo withdraws (set by the executable).
    public var actor = "unknown"
    /// The changes saved in this session, oldest first, for `u` (undo walks back from the end).
    public var sessionChanges: [SessionChange] = []
    /// The change `u` asked to undo, waiting for y/n.
    public var confirmUndo: SessionChange?
    /// Saves sent and not yet reported back: the person's document before each, by id.
    var savesInFlight: [String: (before: EmployeeDocument, action: String, summary: String)] = [:]
    /// The undo whose save is in flight.
    var undoInFlight: SessionChange?
    /// A one-line message for the status bar (cleared by the next key).
    public var message: String?
    /// A form is being filled in and has not been saved.
    public var hasUnsavedChanges: Bool { flow?.draft != nil }
    /// Forms left unsaved (this session or the last), offered with `D`; one per form and person.
    public var pendingDrafts: [FlowDraft] = []
    /// Every unsaved form: the kept ones and the one being filled in.
    public var keptDrafts: [FlowDraft] {
        guard let current = flow?.draft else { return pendingDrafts }
        return pendingDrafts.filter { !$0.isSameForm(as: current) } + [current]
    }

    /// Keeps `draft`, in place of an earlier one of the same form for the same person.
    public mutating func keep(_ draft: FlowDraft) {
        pendingDrafts.removeAll { $0.isSameForm(as: draft) }
        pendingDrafts.append(draft)
    }
    public var roster = RosterState()
    public var calendar: TeamCalendarState
    public var year: PersonYearState
    public var timeline = TimelineState()
    public var detail = PersonDetailState()
    public var weekly = WeeklyState()
    public var reports = ReportsState()
    /// The time of day (minutes after midnight) forms default to, set by the executable.
    public var clockMinute = 9 * 60
    /// `/` search on the current screen, while open.
    public var search: SearchState?
    /// A guided flow in progress, drawn over the screen.
    public var flow: ActiveFlow?

    public init(data: AppData, width: Int, height: Int) {
        self.data = data
        self.width = width
        self.height = height
        calendar = TeamCalendarState(today: data.today)
        year = PersonYearState(today: data.today)
        if !data.problems.isEmpty {
            message = "\(data.problems.count) store file\(data.problems.count == 1 ? "" : "s") left out: \(data.problems[0]) (run `attend validate`)"
        }
    }

    /// The smallest terminal the UI draws in.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    /// Roster rows after the team filter, text filter and sort.
    public var visibleRows: [RosterRow] {
        let source: [RosterRow]
        switch roster.sort {
        case .name: source = data.rows
        case .figure: source = data.rowsByFigure
        case .status: source = data.rowsByStatus
        }
        if roster.team == nil && roster.manager == nil && roster.filter.isEmpty { return source }
        let needle = roster.filter.lowercased()
        return source.filter { row in
            (roster.team == nil || row.teamId == roster.team) && (roster.manager == nil || row.managerId == roster.manager)
                && (needle.isEmpty || row.name.lowercased().contains(needle) || row.id.lowercased().contains(needle)
                    || row.status.text.lowercased().contains(needle) || row.triggersHit.contains { $0.contains(needle) })
        }
    }

    /// The person the person screens show: the roster selection.
    public var selectedRow: RosterRow? {
        let rows = visibleRows
        guard !rows.isEmpty else { return nil }
        return rows[min(max(roster.selected, 0), rows.count - 1)]
    }
}

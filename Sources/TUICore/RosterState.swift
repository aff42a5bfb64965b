/// The roster's selection, scroll, sort, filter and team.
public struct RosterState: Hashable, Sendable {
    /// Index into the visible (filtered, sorted) rows.
    public var selected = 0
    public var scroll = 0
    public var sort: RosterSort = .name
    public var filter = ""
    /// Typing into the filter (after `/`).
    public var editingFilter = false
    /// nil: every team; else a team id.
    public var team: String?
    /// nil: every manager; else a manager id.
    public var manager: String?

    public init() {}
}

import AttendanceRules

/// One thing on the stage timeline: a point (meeting, trigger hit, outcome) or a bar (an
/// absence, a warning's live period, a review period, an appeal), with what the detail pane
/// says about it.
public struct TimelineItem: Hashable, Sendable {
    public let lane: TimelineLane
    public let start: CalendarDay
    /// The last day of a bar; nil for a point.
    public let end: CalendarDay?
    /// The glyph of a point, or the fill of a bar.
    public let glyph: String
    /// A short label drawn beside the marker when there is room, e.g. "B150 192".
    public let label: String
    /// One line: what it is and when, for the status line and the top of the detail pane.
    public let title: String
    /// Paragraphs for the detail pane.
    public let details: [String]
    public let style: Style
    /// The glyph drawn at the last day of a bar (e.g. ┫ where a warning lapses), if any.
    public let endCap: String?
    /// Current today: an ongoing absence, a live warning, a running review, a pending appeal.
    public let active: Bool
    /// The stored record it shows, for `e` (edit), `x` (void) and `h` (history); nil for what
    /// the rules work out (a trigger hit, a warning's live period).
    public let record: RecordReference?

    public init(lane: TimelineLane, start: CalendarDay, end: CalendarDay? = nil, glyph: String, label: String = "",
                title: String, details: [String] = [], style: Style = .plain, endCap: String? = nil, active: Bool = false,
                record: RecordReference? = nil) {
        self.lane = lane
        self.start = start
        self.end = end
        self.glyph = glyph
        self.label = label
        self.title = title
        self.details = details
        self.style = style
        self.endCap = endCap
        self.active = active
        self.record = record
    }

    /// The last day it covers (the start for a point).
    public var last: CalendarDay { end ?? start }

    /// Whether the item is a bar.
    public var isBar: Bool { end != nil }
}

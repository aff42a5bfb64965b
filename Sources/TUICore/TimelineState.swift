/// The stage timeline: the item under the cursor, focus and the detail pane's scroll.
public struct TimelineState: Hashable, Sendable {
    /// Index into the timeline's items (time order).
    public var selected = 0
    /// The person the selection belongs to; another person starts again at their default item.
    public var personId: String?
    public var focus: TimelineFocus = .axis
    /// First line shown in the detail pane.
    public var detailScroll = 0
    /// The items last computed (see `TimelineCache`).
    public var cache: TimelineCache?

    public init() {}
}

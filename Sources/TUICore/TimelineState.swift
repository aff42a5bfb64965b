/// The stage timeline: the item under the cursor.
public struct TimelineState: Hashable, Sendable {
    public var selected = 0

    public init() {}
}

/// The person detail screen: scroll position of its panes.
public struct PersonDetailState: Hashable, Sendable {
    public var scroll = 0
    /// Which pane has focus (Tab moves between them).
    public var pane = 0

    public init() {}
}

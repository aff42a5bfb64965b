/// The person detail screen: which pane has focus and how far each is scrolled.
public struct PersonDetailState: Hashable, Sendable {
    /// Which pane has focus (Tab moves between them).
    public var pane: PersonDetailPane = .figures
    /// First line shown in the figures pane.
    public var figuresScroll = 0
    /// First line shown in the duties and next-step pane.
    public var dutiesScroll = 0
    /// The person the scroll positions belong to; another person starts at the top.
    public var personId: String?

    public init() {}

    /// The scroll of a pane.
    public func scroll(_ pane: PersonDetailPane) -> Int { pane == .figures ? figuresScroll : dutiesScroll }

    /// Sets the scroll of a pane.
    public mutating func setScroll(_ pane: PersonDetailPane, _ value: Int) {
        if pane == .figures { figuresScroll = value } else { dutiesScroll = value }
    }
}

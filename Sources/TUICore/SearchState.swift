/// `/` on a screen (the roster has its own filter): what is being looked for, whether it is
/// still being typed, and which match is shown. `n` and `N` step through the matches.
public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var editing = true
    public var screen: ScreenID
    /// The match shown, an index into the screen's matches.
    public var current = 0

    public init(screen: ScreenID) {
        self.screen = screen
    }
}

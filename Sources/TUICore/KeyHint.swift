/// A key and what it does, for the hint bar and the help screen.
public struct KeyHint: Hashable, Sendable {
    public let keys: String
    public let action: String

    public init(_ keys: String, _ action: String) {
        self.keys = keys
        self.action = action
    }
}

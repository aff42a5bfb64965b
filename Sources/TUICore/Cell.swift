/// One terminal cell: a grapheme and its style. A wide grapheme occupies two cells; the
/// second is a continuation cell that the backend skips.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var style: Style
    public var isContinuation: Bool

    public init(grapheme: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

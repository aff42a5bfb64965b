/// A file of the store that could not be loaded; the rest of the store still loads.
public struct StoreProblem: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let problem: String

    public var description: String { "\(file): \(problem)" }
}

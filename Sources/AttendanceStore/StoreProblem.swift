/// A file of the store that could not be loaded; the rest of the store still loads.
public struct StoreProblem: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): \(problem)" }
}

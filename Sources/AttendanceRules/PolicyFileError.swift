/// A policy file that cannot be used: names the file, the field and what is allowed.
public struct PolicyFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// The JSON path of the field, e.g. `triggers[2].comparator`; empty for the whole file.
    public let field: String
    public let problem: String

    public init(file: String, field: String, problem: String) {
        self.file = file
        self.field = field
        self.problem = problem
    }

    public var description: String {
        field.isEmpty ? "\(file): \(problem)" : "\(file): field '\(field)': \(problem)"
    }
}

/// Why a letter template was refused: the file, the line and what is wrong (with what is
/// allowed), so HR can fix their own template.
public struct LetterTemplateProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { "\(file) line \(line): \(problem)" }
}

/// Every problem found in the templates a letter needs; nothing is written while there is one.
public struct LetterTemplateProblems: Error, Hashable, Sendable, CustomStringConvertible {
    public let problems: [LetterTemplateProblem]

    public init(_ problems: [LetterTemplateProblem]) { self.problems = problems }

    public var description: String {
        "the letter template cannot be used, so no letter was written:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}

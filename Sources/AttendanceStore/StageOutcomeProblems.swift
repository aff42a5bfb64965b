/// What is wrong with a stage outcome, field by field (`StageOutcomeCheck`).
public struct StageOutcomeProblems: Error, Hashable, Sendable {
    public let problems: [StageOutcomeCheck.Problem]

    public init(_ problems: [StageOutcomeCheck.Problem]) {
        self.problems = problems
    }
}

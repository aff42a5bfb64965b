import AttendanceStore

extension StageOutcomeProblems {
    /// The problems as one message naming each option at fault, ending with what was saved.
    func badInput(_ ending: String) -> BadInput {
        let lines = problems.map { "\(Self.option($0.field)): \($0.message)" }
        return BadInput(lines.joined(separator: "\n") + "; " + ending)
    }

    static func option(_ field: StageOutcomeCheck.Field) -> String {
        switch field {
        case .stage: "--stage"
        case .outcome: "--outcome"
        case .decidedOn: "--on"
        case .meeting: "--meeting"
        case .reviewUntil: "--review-until"
        case .validity: "--validity-months"
        }
    }
}

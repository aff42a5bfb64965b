/// One line of the manager's checklist that goes with a letter: a rule the letter applied,
/// with its source, and for a check whether it passed. Never part of the letter itself.
public struct LetterChecklistItem: Hashable, Sendable, Codable {
    /// nil: a rule applied; true or false: a check that passed or did not.
    public let passed: Bool?
    public let text: String
    public let source: String

    public init(passed: Bool?, text: String, source: String) {
        self.passed = passed
        self.text = text
        self.source = source
    }

    /// Several sources as one, each part once ("NUL16 s21.3 [002:1327]; Appendix D …").
    public static func sources(_ parts: String...) -> String {
        var seen: [String] = []
        for part in parts.flatMap({ $0.components(separatedBy: "; ") }) where !seen.contains(part) { seen.append(part) }
        return seen.joined(separator: "; ")
    }

    /// The line as the checklist prints it.
    public var line: String {
        let mark = switch passed {
        case .some(true): "[passed]"
        case .some(false): "[NOT MET]"
        case .none: "[rule]"
        }
        return "\(mark) \(text) (\(source))"
    }
}

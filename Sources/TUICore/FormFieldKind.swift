/// What a form field holds: one line of text, text over several lines (notes, answers), or
/// one of a list of choices (←/→ cycle; typing picks from the list by name).
public enum FormFieldKind: Hashable, Sendable {
    case text
    /// Wraps and scrolls within `rows` rows; Enter starts a new line, Tab moves on.
    case multiline(rows: Int)
    case choice([String])

    var isText: Bool {
        switch self {
        case .text, .multiline: true
        case .choice: false
        }
    }

    var isMultiline: Bool {
        if case .multiline = self { return true }
        return false
    }
}

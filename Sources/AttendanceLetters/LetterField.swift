/// The shape of one field a letter template may use. A template naming a field that is not
/// in its kind's schema is refused (`LetterTemplateCheck`), so a typo is never a silent gap.
public indirect enum LetterField: Hashable, Sendable {
    /// A value: `{{name}}`. Optional values may be absent; `{{#name}}…{{/name}}` shows its
    /// text only when there is one, `{{^name}}…{{/name}}` only when there is none.
    case text(String)
    /// Yes or no, for `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
    case flag(String)
    /// A list of texts: `{{#name}}- {{.}}{{/name}}`.
    case texts(String)
    /// A group of fields: `{{name.field}}`, or inside `{{#name}}…{{/name}}`, `{{field}}`.
    case object(String, [String: LetterField])
    /// A list of groups: `{{#name}}{{field}}{{/name}}` repeats for each.
    case list(String, [String: LetterField])

    /// What the field holds, for docs/letters.md and error messages.
    public var help: String {
        switch self {
        case .text(let help), .flag(let help), .texts(let help), .object(let help, _), .list(let help, _): help
        }
    }

    /// The fields inside a group or a list's items.
    var children: [String: LetterField]? {
        switch self {
        case .object(_, let fields), .list(_, let fields): fields
        case .text, .flag, .texts: nil
        }
    }

    /// How the field is used, in words.
    var usage: String {
        switch self {
        case .text: "a value"
        case .flag: "a yes/no for {{#…}} or {{^…}}"
        case .texts: "a list of texts for {{#…}}{{.}}{{/…}}"
        case .object: "a group of fields"
        case .list: "a list for {{#…}}…{{/…}}"
        }
    }
}

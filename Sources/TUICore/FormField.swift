import AttendanceStore
import Foundation

/// One field of a form, with the message beside it when its value is not allowed.
public struct FormField: Hashable, Sendable {
    public let id: String
    public let label: String
    public var value: String {
        didSet { if let c = cursor, c > value.count { cursor = nil } }
    }
    public let kind: FormFieldKind
    /// A hint shown beside the field (format, what is allowed).
    public let help: String
    /// Set by validation; shown beside the field.
    public var error: String?
    /// The most characters the field takes (`TextRules`); typing past it is refused with a message.
    public let limit: Int
    /// Where typing goes, as a character offset; nil: at the end.
    public var cursor: Int?
    /// The names shown for a choice's values (a value without a name shows as itself).
    public let names: [String: String]
    /// What has been typed on a choice to pick from its list; cleared on leaving the field.
    public var query = ""

    public init(id: String, label: String, value: String = "", kind: FormFieldKind = .text, help: String = "",
                limit: Int = TextRules.shortTextLimit, names: [String: String] = [:]) {
        self.id = id
        self.label = label
        self.value = value
        self.kind = kind
        self.help = help
        self.limit = limit
        self.names = names
    }

    /// The cursor, within the value.
    public var caret: Int { min(cursor ?? value.count, value.count) }

    /// The name shown for a choice value.
    public func name(_ value: String) -> String { names[value] ?? value }

    /// A choice's values that match what was typed: by the start of the name or of a word in
    /// it, then anywhere in the name or the value (case and accents ignored).
    public var matches: [String] {
        guard case .choice(let options) = kind else { return [] }
        let needle = query.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        guard !needle.isEmpty else { return options }
        func folded(_ s: String) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let starts = options.filter { option in
            let words = folded(name(option)).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            return folded(name(option)).hasPrefix(needle) || words.contains { $0.hasPrefix(needle) }
        }
        let anywhere = options.filter { !starts.contains($0) && (folded(name($0)).contains(needle) || folded($0).contains(needle)) }
        return starts + anywhere
    }
}

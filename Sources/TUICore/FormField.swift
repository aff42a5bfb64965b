import AttendanceStore

/// One field of a form, with the message beside it when its value is not allowed.
public struct FormField: Hashable, Sendable {
    public let id: String
    public let label: String
    public var value: String
    public let kind: FormFieldKind
    /// A hint shown beside the field (format, what is allowed).
    public let help: String
    /// Set by validation; shown beside the field.
    public var error: String?
    /// The most characters the field takes (`TextRules`); typing past it is refused with a message.
    public let limit: Int

    public init(id: String, label: String, value: String = "", kind: FormFieldKind = .text, help: String = "",
                limit: Int = TextRules.shortTextLimit) {
        self.id = id
        self.label = label
        self.value = value
        self.kind = kind
        self.help = help
        self.limit = limit
    }
}

/// A prompt or note in a policy file with the rule it comes from, e.g.
/// `{"text": "Tell the employee their Bradford score", "source": "NUL16 s17.1 [002:1187]"}`.
public struct SourcedText: Codable, Hashable, Sendable {
    public let text: String
    public let source: String

    public init(text: String, source: String) {
        self.text = text
        self.source = source
    }
}

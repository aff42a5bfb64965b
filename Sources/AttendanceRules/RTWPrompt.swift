/// One prompt of a return-to-work interview script, with the context beside it.
public struct RTWPrompt: Hashable, Sendable {
    public let id: String
    public let text: String
    /// Why the prompt is in this script (the situation that selected it).
    public let context: String?
    public let source: String
}

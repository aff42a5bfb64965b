/// One prompt of the return-to-work interview script.
public struct RTWPromptRule: Codable, Hashable, Sendable {
    /// A stable id, e.g. `welcome`, so saved answers stay attached to their prompt.
    public let id: String
    public let text: String
    public let when: RTWPromptCondition
    public let source: String
}

/// A check that could not run because a fact it needs was not given.
public struct SkippedMeetingCheck: Hashable, Sendable {
    public let id: String
    public let rule: String
    public let source: String
    /// The fact (command-line option) it needs, e.g. `--returned`.
    public let needs: String
}

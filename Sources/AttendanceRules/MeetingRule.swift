/// A kind of meeting a policy has, its right to be accompanied and its scheduling checks.
public struct MeetingRule: Codable, Hashable, Sendable {
    /// The kind id used on the command line: `asm`, `stage1`, `stage1-review`, `appeal`, `rtw` ...
    public let kind: String
    public let name: String
    public let accompaniment: SourcedText?
    /// What an invitation to this meeting tells the employee; nil: the letter says only what the record holds.
    public let letter: MeetingLetterRule?
    public let checks: [MeetingCheckRule]
    public let source: String
}

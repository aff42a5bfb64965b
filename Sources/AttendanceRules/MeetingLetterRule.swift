/// What a policy says an invitation to one meeting kind must tell the employee, worded to
/// them (a letter speaks to the person, issue 14): the purpose, who chairs, the right to be
/// accompanied, the papers and the possible outcomes. The numbers (notice, the days before
/// the meeting papers go out) stay in the meeting's checks; the letter computes the dates.
public struct MeetingLetterRule: Codable, Hashable, Sendable {
    /// Completes "The purpose of the meeting is …".
    public let purpose: String
    /// Completes "The meeting will be chaired by …"; nil when the policy does not say.
    public let chair: String?
    /// One or two sentences to the employee on being accompanied.
    public let accompaniment: String
    /// What the invitation encloses or is sent before the meeting, as a noun phrase; nil for none.
    public let papers: String?
    /// The possible outcomes as the policy lists them (empty when it gives none, e.g. AMB-25).
    public let outcomes: [String]
    public let source: String
}

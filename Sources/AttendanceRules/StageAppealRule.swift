/// The right of appeal against a stage's outcome (AMB-13, AMB-15): where the appeal goes and
/// how, and the appeal meeting kind whose `appealWithin…` check holds the deadline in working
/// days and whether it runs from the outcome's issue or its receipt, so the number lives once.
public struct StageAppealRule: Codable, Hashable, Sendable {
    /// The kind of the appeal meeting (a `meetings[]` entry with an appeal deadline check).
    public let meetingKind: String
    /// To whom the appeal is sent, e.g. "the Head of Human Resources".
    public let to: String
    /// Completes "You should appeal …", e.g. "in writing, setting out the grounds of your appeal".
    public let how: String
    /// Who hears the appeal; nil when the policy does not say.
    public let heardBy: String?
    public let source: String
}

/// The warning a stage may issue and how long it stays live (anchored on the issue date, AMB-12).
public struct WarningRule: Codable, Hashable, Sendable {
    public let name: String
    /// nil: the policy gives no validity, so it must be entered when the warning is recorded (AMB-26).
    public let validity: Period?
    public let source: String
}

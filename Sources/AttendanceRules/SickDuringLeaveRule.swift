/// Whether annual leave interrupted by sickness is given back, and on what evidence (AMB-19).
public struct SickDuringLeaveRule: Codable, Hashable, Sendable {
    public let reinstate: Bool
    /// `fitNote` (Cafcass [004:159]: no self-certificate) or `selfCertificateOrFitNote`.
    public let evidence: String
    public let source: String
}

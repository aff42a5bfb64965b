/// Certification duties of a policy.
public struct CertificationRules: Codable, Hashable, Sendable {
    public let selfCertificate: SelfCertificateRule?
    public let fitNote: FitNoteRule?
}

/// The certificate held for an absence.
public enum CertificateKind: String, PolicyEnum {
    case none
    /// A self-certification form.
    case selfCertificate = "self"
    /// A fit note (statement of fitness for work) from a doctor or other healthcare professional.
    case fitNote = "fit-note"
}

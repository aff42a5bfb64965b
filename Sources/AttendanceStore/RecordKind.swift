/// The kinds of record an employee document holds, as commands and the history name them.
public enum RecordKind: String, Codable, CaseIterable, Sendable {
    case absence
    case sicknessCall = "sickness-call"
    case contact
    case fitNote = "fit-note"
    case selfCertificate = "self-certificate"
    case interview
    case meeting
    case stage
    case ohReferral = "oh-referral"

    /// For messages: "sickness call", "fit note", "stage record".
    public var label: String {
        switch self {
        case .stage: "stage record"
        case .selfCertificate: "self-certificate"
        case .ohReferral: "occupational health referral"
        default: rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }
}

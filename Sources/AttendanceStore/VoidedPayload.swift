import AttendanceRules

/// The record a void withdrew, whole, so it can still be shown (and restored by an undo).
public enum VoidedPayload: Hashable, Sendable {
    case absence(AbsenceRecord)
    case sicknessCall(SicknessCall)
    case contact(ContactRecord)
    case fitNote(FitNoteRecord)
    case selfCertificate(SelfCertificateRecord)
    case interview(RTWInterview)
    case meeting(MeetingRecord)
    case stage(StageRecord)
    case ohReferral(OHReferral)

    public var kind: RecordKind {
        switch self {
        case .absence: .absence
        case .sicknessCall: .sicknessCall
        case .contact: .contact
        case .fitNote: .fitNote
        case .selfCertificate: .selfCertificate
        case .interview: .interview
        case .meeting: .meeting
        case .stage: .stage
        case .ohReferral: .ohReferral
        }
    }

    public var id: String {
        switch self {
        case .absence(let r): r.id
        case .sicknessCall(let r): r.id
        case .contact(let r): r.id
        case .fitNote(let r): r.id
        case .selfCertificate(let r): r.id
        case .interview(let r): r.id
        case .meeting(let r): r.id
        case .stage(let r): r.id
        case .ohReferral(let r): r.id
        }
    }
}

import AttendanceRules

/// The letters attend writes (issue 14). The raw value is the CLI's `--kind` and the
/// template's file name (`<kind>.mustache`).
public enum LetterKind: String, CaseIterable, Codable, Hashable, Sendable {
    case invitation
    case outcome
    case appealAcknowledgement = "appeal-acknowledgement"
    case appealInvitation = "appeal-invitation"
    case appealOutcome = "appeal-outcome"
    case interviewRecord = "interview-record"

    /// How a manager names it in a list.
    public var title: String {
        switch self {
        case .invitation: "Invitation"
        case .outcome: "Outcome letter"
        case .appealAcknowledgement: "Appeal acknowledgement"
        case .appealInvitation: "Invitation to the appeal hearing"
        case .appealOutcome: "Appeal outcome"
        case .interviewRecord: "Return-to-work interview record"
        }
    }

    /// What the letter is about: the record the command line names with `--meeting`,
    /// `--outcome` or `--interview`.
    public var subject: LetterSubject {
        switch self {
        case .invitation, .appealInvitation: .meeting
        case .outcome, .appealAcknowledgement, .appealOutcome: .outcome
        case .interviewRecord: .interview
        }
    }

    /// The template file for this kind.
    public var templateName: String { rawValue }
}

extension LetterKind {
    /// The invitation a meeting of `kind` gets: the appeal-hearing invitation for a meeting
    /// kind with an appeal deadline check, else the invitation.
    public static func invitation(forMeetingKind kind: String, policy: PolicyProfile) -> LetterKind {
        let isAppeal = policy.meeting(kind)?.checks.contains {
            $0.type == .appealWithinWorkingDaysOfOutcomeReceived || $0.type == .appealWithinWorkingDaysOfOutcomeIssued
        } ?? false
        return isAppeal ? .appealInvitation : .invitation
    }
}

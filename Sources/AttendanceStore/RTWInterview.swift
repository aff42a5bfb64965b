import AttendanceRules

/// A return-to-work interview: each prompt's answer, agreed actions and sign-off.
public struct RTWInterview: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public var absenceId: String
    public var status: InterviewStatus
    public var heldOn: CalendarDay
    /// Answers keyed by prompt id (stable across policy edits).
    public var answers: [String: String]
    public var agreedActions: [String]
    public var signedOffBy: String?
    public var signedOffOn: CalendarDay?

    public init(id: String, absenceId: String, heldOn: CalendarDay, status: InterviewStatus = .draft,
                answers: [String: String] = [:], agreedActions: [String] = [], signedOffBy: String? = nil, signedOffOn: CalendarDay? = nil) {
        self.id = id
        self.absenceId = absenceId
        self.status = status
        self.heldOn = heldOn
        self.answers = answers
        self.agreedActions = agreedActions
        self.signedOffBy = signedOffBy
        self.signedOffOn = signedOffOn
    }
}

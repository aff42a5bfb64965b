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
    /// Whether the employee acknowledged the record of the interview at sign-off (schema 6):
    /// nil when not asked (an interview signed off before schema 6, or by a script that
    /// did not say).
    public var employeeAcknowledged: Bool?

    public init(id: String, absenceId: String, heldOn: CalendarDay, status: InterviewStatus = .draft,
                answers: [String: String] = [:], agreedActions: [String] = [], signedOffBy: String? = nil, signedOffOn: CalendarDay? = nil,
                employeeAcknowledged: Bool? = nil) {
        self.id = id
        self.absenceId = absenceId
        self.status = status
        self.heldOn = heldOn
        self.answers = answers
        self.agreedActions = agreedActions
        self.signedOffBy = signedOffBy
        self.signedOffOn = signedOffOn
        self.employeeAcknowledged = employeeAcknowledged
    }
}

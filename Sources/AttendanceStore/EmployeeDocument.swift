import AttendanceRules

/// `employees/<id>.json`: one employee and everything recorded about their attendance.
public struct EmployeeDocument: Codable, Hashable, Sendable, Identifiable {
    /// Schema 2 nests the working pattern (see `StoreMigration` for schema 1); schema 3 adds
    /// `ohReferrals`, so an occupational health referral can mark its duty done; schema 4 adds
    /// `history`, so every change lands with its record (an older attend, which would drop
    /// it on its next save, refuses a schema 4 file); schema 5 adds `selfCertificates`,
    /// `voided` (records withdrawn with a reason), `leftOn` and `email`, and field-by-field
    /// `changes` in the history.
    /// Schema 7 adds `letters`, the letters written to the employee.
    public static let currentSchemaVersion = 7

    public var schemaVersion: Int
    public var revision: Int
    public let id: String
    public var name: String
    public var teamId: String?
    public var managerId: String?
    public var pattern: WorkingPattern
    /// nil: the organisation's nation.
    public var nation: Nation?
    /// nil: the organisation's policy.
    public var policy: String?
    public var fte: Double
    public var startDate: CalendarDay?
    /// Normal start time (`HH:MM`) for the sickness-call deadline; nil: 09:00.
    public var startTime: String?
    public var absences: [AbsenceRecord]
    public var sicknessCalls: [SicknessCall]
    public var contacts: [ContactRecord]
    public var fitNotes: [FitNoteRecord]
    public var interviews: [RTWInterview]
    public var meetings: [MeetingRecord]
    public var stages: [StageRecord]
    /// Occupational health referrals (schema 3).
    public var ohReferrals: [OHReferral]
    /// Self-certificates handed in (schema 5).
    public var selfCertificates: [SelfCertificateRecord]
    /// Records withdrawn with a reason (schema 5): out of every list above, so nothing counts
    /// them, and kept here whole.
    public var voided: [VoidedRecord]
    /// The last day of employment (schema 5): from the day after, the person is off the
    /// rosters, triggers and weekly review; their records are kept until purged.
    public var leftOn: CalendarDay?
    /// Work e-mail address, for calendar invitations (schema 5).
    public var email: String?
    /// The letters written to the employee, oldest first (schema 7).
    public var letters: [LetterRecord]
    /// Every saved change to this document, oldest first (schema 4); the store appends to it
    /// on each save, so a caller never needs to.
    public var history: [ChangeRecord]

    public init(id: String, name: String, teamId: String? = nil, managerId: String? = nil,
                pattern: WorkingPattern = .mondayToFriday, nation: Nation? = nil, policy: String? = nil,
                fte: Double = 1, startDate: CalendarDay? = nil) {
        self.schemaVersion = Self.currentSchemaVersion
        self.revision = 0
        self.id = id
        self.name = name
        self.teamId = teamId
        self.managerId = managerId
        self.pattern = pattern
        self.nation = nation
        self.policy = policy
        self.fte = fte
        self.startDate = startDate
        self.absences = []
        self.sicknessCalls = []
        self.contacts = []
        self.fitNotes = []
        self.interviews = []
        self.meetings = []
        self.stages = []
        self.ohReferrals = []
        self.selfCertificates = []
        self.voided = []
        self.letters = []
        self.history = []
    }

    /// Warnings issued at stages that still stand (not overturned on appeal or withdrawn), for
    /// the rules: a warning that does not stand is not live and counts towards no stage rule.
    public var warnings: [WarningRecord] { stages.compactMap(\.standingWarning) }

    /// The record the rules evaluate.
    public func rulesRecord(organisation: OrganisationDocument) -> EmployeeRecord {
        EmployeeRecord(id: id, pattern: pattern, nation: nation ?? organisation.nation, fte: fte,
                       absences: absences, warnings: warnings)
    }

    /// Whether the person is employed on `day`: up to and including `leftOn`. A leaver is off
    /// the rosters, triggers and weekly review from the day after; their records are kept.
    public func isEmployed(on day: CalendarDay) -> Bool { leftOn.map { day <= $0 } ?? true }

    /// The open (ongoing) sickness absence, if any.
    public var openSickness: AbsenceRecord? { absences.first { $0.type == .sickness && $0.end == nil } }

    /// Free text that is private to the employee file (call and contact notes, fit-note
    /// adjustments, interview answers and actions, HR decision notes, occupational health
    /// referral notes), each named by the record that holds it: never copied into the history,
    /// and shown only on explicit request (`withoutPrivateText` replaces exactly these).
    public var privateTextEntries: [(record: String, text: String)] {
        var out: [(record: String, text: String)] = []
        for c in sicknessCalls { if let n = c.note { out.append(("call \(c.id) note", n)) } }
        for c in contacts { if let n = c.note { out.append(("contact \(c.id) note", n)) } }
        for f in fitNotes { if let a = f.adjustments { out.append(("fit note \(f.id) adjustments", a)) } }
        for interview in interviews {
            for (prompt, answer) in interview.answers.sorted(by: { $0.key < $1.key }) { out.append(("interview \(interview.id) answer \(prompt)", answer)) }
            for (n, action) in interview.agreedActions.enumerated() { out.append(("interview \(interview.id) action \(n + 1)", action)) }
        }
        for a in absences { if let n = a.hrDecision?.note { out.append(("absence \(a.id) HR decision note", n)) } }
        for r in ohReferrals { if let n = r.note { out.append(("referral \(r.id) note", n)) } }
        return out
    }

    var privateTexts: [String] { privateTextEntries.map(\.text) }
}

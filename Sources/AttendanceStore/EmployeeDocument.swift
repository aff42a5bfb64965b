import AttendanceRules

/// `employees/<id>.json`: one employee and everything recorded about their attendance.
public struct EmployeeDocument: Codable, Hashable, Sendable, Identifiable {
    /// Schema 2 nests the working pattern (see `StoreMigration` for schema 1); schema 3 adds
    /// `ohReferrals`, so an occupational health referral can mark its duty done; schema 4 adds
    /// `history`, so every change lands with its record (an older attend, which would drop
    /// it on its next save, refuses a schema 4 file).
    public static let currentSchemaVersion = 4

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
        self.history = []
    }

    /// Warnings issued at stages, for the rules.
    public var warnings: [WarningRecord] { stages.compactMap(\.warning) }

    /// The record the rules evaluate.
    public func rulesRecord(organisation: OrganisationDocument) -> EmployeeRecord {
        EmployeeRecord(id: id, pattern: pattern, nation: nation ?? organisation.nation, fte: fte,
                       absences: absences, warnings: warnings)
    }

    /// The open (ongoing) sickness absence, if any.
    public var openSickness: AbsenceRecord? { absences.first { $0.type == .sickness && $0.end == nil } }

    /// Free text that is private to the employee file (call and contact notes, fit-note
    /// adjustments, interview answers and actions, HR decision notes, occupational health
    /// referral notes): never copied into the audit log.
    var privateTexts: [String] {
        var out: [String] = []
        out += sicknessCalls.compactMap(\.note)
        out += contacts.compactMap(\.note)
        out += fitNotes.compactMap(\.adjustments)
        for interview in interviews {
            out += interview.answers.values
            out += interview.agreedActions
        }
        out += absences.compactMap { $0.hrDecision?.note }
        out += ohReferrals.compactMap(\.note)
        return out
    }
}

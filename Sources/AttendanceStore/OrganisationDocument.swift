import AttendanceRules

/// `organisation.json`: the organisation's settings, managers and teams.
public struct OrganisationDocument: Codable, Hashable, Sendable {
    /// The schema version this build writes: 2 adds `history` (see `EmployeeDocument`); 3 adds
    /// managers' `email` and `retentionYearsAfterLeaving` (an older attend, which would drop
    /// them on its next save, refuses a schema 3 file).
    /// Schema 5 adds `reportMinimumGroupSize`.
    public static let currentSchemaVersion = 5

    public var schemaVersion: Int
    /// Increases by one on every save; a save based on an older revision is refused.
    public var revision: Int
    public var name: String
    /// The policy profile id that applies unless an employee has their own.
    public var policy: String
    /// The nation whose bank holidays apply unless an employee has their own.
    public var nation: Nation
    /// The organisation's working week (Monday to Friday by default).
    public var workingWeek: WorkingPattern
    public var managers: [Manager]
    public var teams: [Team]
    /// Every saved change to the organisation, oldest first (schema 2), starting with the
    /// store's creation.
    public var history: [ChangeRecord]
    /// How long a leaver's records are kept after their last day before `attend purge` erases
    /// them (schema 3); nil: `defaultRetentionYears` (D-79).
    public var retentionYearsAfterLeaving: Int?
    /// The manager whose people the terminal UI opens on (schema 4); nil: everyone. A user's
    /// own last choice, and `--manager`, come first.
    public var defaultManager: String?
    /// The fewest people a report shows a reason figure for (schema 5); nil: the default, 5.
    /// Reasons are health data: a smaller group could identify someone.
    public var reportMinimumGroupSize: Int?

    /// Five: the smallest group HR reports commonly show health figures for (D-96).
    public static let defaultReportMinimumGroupSize = 5

    /// Six years after employment ends: the limitation period for contract claims in England
    /// and Wales (Limitation Act 1980 s5), the period the ICO's and CIPD's retention guidance
    /// gives for sickness records kept for employment claims (D-79).
    public static let defaultRetentionYears = 6

    /// The retention in force.
    public var retentionYears: Int { retentionYearsAfterLeaving ?? Self.defaultRetentionYears }

    public init(name: String, policy: String, nation: Nation, workingWeek: WorkingPattern = .mondayToFriday,
                managers: [Manager] = [], teams: [Team] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.revision = 0
        self.name = name
        self.policy = policy
        self.nation = nation
        self.workingWeek = workingWeek
        self.managers = managers
        self.teams = teams
        self.history = []
    }
}

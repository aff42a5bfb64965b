/// What the rules need to know about one employee: their working pattern and nation, their
/// absences and their warnings.
public struct EmployeeRecord: Hashable, Sendable {
    public let id: String
    public let pattern: WorkingPattern
    public let nation: Nation
    /// Full-time equivalent (1.0 full time), used by the Bradford part-time methods.
    public let fte: Double
    public let absences: [AbsenceRecord]
    public let warnings: [WarningRecord]

    public init(id: String, pattern: WorkingPattern, nation: Nation, fte: Double = 1.0,
                absences: [AbsenceRecord], warnings: [WarningRecord] = []) {
        self.id = id
        self.pattern = pattern
        self.nation = nation
        self.fte = fte
        self.absences = absences
        self.warnings = warnings
    }
}

import AttendanceStore

/// `--team T`: the employees of one team, named by its id or (case-insensitively) its name,
/// since a manager is more likely to remember "Payroll" than `team-3`.
public struct TeamFilter: Hashable, Sendable {
    /// What the user typed.
    public let team: String

    /// A filter for the team named `team`.
    public init(team: String) { self.team = team }

    /// Whether the team exists: listed by the organisation, or used by some employee (a
    /// team id the organisation has not listed yet still selects its members).
    public func isKnown(organisation: OrganisationDocument, employees: [EmployeeDocument]) -> Bool {
        !teamIds(organisation: organisation).isEmpty || employees.contains { $0.teamId == team }
    }

    /// The employees in the team, in the order given.
    public func select(_ employees: [EmployeeDocument], organisation: OrganisationDocument) -> [EmployeeDocument] {
        let ids = teamIds(organisation: organisation).union([team])
        return employees.filter { $0.teamId.map(ids.contains) ?? false }
    }

    /// The ids of the organisation's teams whose id or name matches.
    private func teamIds(organisation: OrganisationDocument) -> Set<String> {
        Set(organisation.teams.filter { $0.id == team || $0.name.lowercased() == team.lowercased() }.map(\.id))
    }
}

import AttendanceReports
import AttendanceStore
import ArgumentParser

/// `--team T` for every command that lists people: a team's id or its name (any case), an
/// unknown team refused with the teams there are, so a typo never reads as "nobody to show".
struct TeamOption: ParsableArguments {
    @Option(help: ArgumentHelp("Only this team (its id or name).", valueName: "team")) var team: String?

    /// The employees of the team asked for (all when none was).
    func select(_ employees: [EmployeeDocument], organisation: OrganisationDocument) throws -> [EmployeeDocument] {
        guard let team else { return employees }
        let filter = TeamFilter(team: team)
        guard filter.isKnown(organisation: organisation, employees: employees) else {
            let known = organisation.teams.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            throw BadInput("--team \(TextRules.quoted(team)) is not a team in the store; expected \(known.isEmpty ? "a team id used by an employee" : "one of \(known)"); nothing was shown")
        }
        return filter.select(employees, organisation: organisation)
    }
}

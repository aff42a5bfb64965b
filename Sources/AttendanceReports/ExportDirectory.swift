import AttendanceRules
import AttendanceStore

/// What every export looks up about an employee: their policy, nation and team name.
/// Kept in one place so that the CSV and calendar exports can never disagree about which
/// policy applies to whom.
struct ExportDirectory: Sendable {
    let organisation: OrganisationDocument
    let policies: [PolicyProfile]

    /// The employee's own policy, else the organisation's.
    func policy(for employee: EmployeeDocument) throws(ExportError) -> PolicyProfile {
        let id = employee.policy ?? organisation.policy
        guard let found = policies.first(where: { $0.id == id }) else {
            throw .policyNotLoaded(employeeId: employee.id, policyId: id, loaded: policies.map(\.id),
                                  file: employee.policy == nil ? "organisation.json" : "employees/\(employee.id).json")
        }
        return found
    }

    /// The employee's own nation, else the organisation's.
    func nation(for employee: EmployeeDocument) -> Nation { employee.nation ?? organisation.nation }

    /// The team's display name; its id when the organisation does not list it; empty for none.
    func teamName(for employee: EmployeeDocument) -> String { organisation.teamName(employee.teamId, none: "") }
}

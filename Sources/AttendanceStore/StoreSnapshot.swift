/// Everything loaded from a store at one moment, with the files that could not be read.
public struct StoreSnapshot: Sendable {
    public var organisation: OrganisationDocument
    public var employees: [EmployeeDocument]
    public var problems: [StoreProblem]

    public init(organisation: OrganisationDocument, employees: [EmployeeDocument], problems: [StoreProblem]) {
        self.organisation = organisation
        self.employees = employees
        self.problems = problems
    }

    /// The employee with this id.
    public func employee(_ id: String) -> EmployeeDocument? { employees.first { $0.id == id } }
}

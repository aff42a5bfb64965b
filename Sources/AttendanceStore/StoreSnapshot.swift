/// Everything loaded from a store at one moment, with the files that could not be read.
public struct StoreSnapshot: Sendable {
    public var organisation: OrganisationDocument
    public var employees: [EmployeeDocument]
    public var problems: [StoreProblem]

    /// The employee with this id.
    public func employee(_ id: String) -> EmployeeDocument? { employees.first { $0.id == id } }
}

/// Everything loaded from a store at one moment, with the files that could not be read.
public struct StoreSnapshot: Sendable {
    public var organisation: OrganisationDocument
    public var employees: [EmployeeDocument]
    public var problems: [StoreProblem]
    /// What opening the store did or found that the user should know once (permissions
    /// tightened, a store owned by someone else).
    public var notices: [String]
    /// A backend's own token for the stored version of each employee it loaded, for
    /// `reload(after:)`: the database's row versions, which change with any update of the
    /// rows, a save's or a hand edit's. Empty where the backend has none (the folder).
    public var versions: [String: String]

    public init(organisation: OrganisationDocument, employees: [EmployeeDocument], problems: [StoreProblem], notices: [String] = [],
                versions: [String: String] = [:]) {
        self.organisation = organisation
        self.employees = employees
        self.problems = problems
        self.notices = notices
        self.versions = versions
    }

    /// The employee with this id.
    public func employee(_ id: String) -> EmployeeDocument? { employees.first { $0.id == id } }
}

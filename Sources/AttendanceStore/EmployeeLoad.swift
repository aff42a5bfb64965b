/// One employee file's outcome.
enum EmployeeLoad: Sendable {
    case loaded(EmployeeDocument)
    case problem(StoreProblem)
}

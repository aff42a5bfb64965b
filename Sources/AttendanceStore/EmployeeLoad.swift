/// One employee file's outcome: its document with the file's version (`StoreStamp.fileVersion`
/// read before the file, so a file replaced meanwhile only makes the next reload read it
/// again), or the problem that stops it loading.
enum EmployeeLoad: Sendable {
    case loaded(EmployeeDocument, version: String?)
    case problem(StoreProblem)
}

/// Input the command cannot use; printed as one line and exit code 2.
struct BadInput: Error {
    let message: String

    init(_ message: String) { self.message = message }
}

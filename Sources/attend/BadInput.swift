/// Input the command cannot use; printed as one line and exit code 2.
struct BadInput: Error, CustomStringConvertible {
    let message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}

/// Why a store operation was refused. Every message says what happened and what to do;
/// nothing was written when one is thrown.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case alreadyExists(path: String)
    case newerSchema(file: String, found: Int, supported: Int)
    case damaged(file: String, problem: String)
    case conflict(file: String, expected: Int, found: Int)
    case io(path: String, problem: String)
    case invalid(String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "no attend store at \(path); create one with `attend init` (or `attend init --demo` for a demo organisation)"
        case .alreadyExists(let path):
            "a store already exists at \(path); nothing was changed"
        case .newerSchema(let file, let found, let supported):
            "\(file) was written by a newer attend (schema version \(found)); this attend reads up to version \(supported). Upgrade attend; nothing was changed"
        case .damaged(let file, let problem):
            "\(file) cannot be read: \(problem)"
        case .conflict(let file, let expected, let found):
            "\(file) was changed by another attend since it was read (revision \(expected), now \(found)); nothing was written. Run the command again"
        case .io(let path, let problem):
            "cannot write \(path): \(problem); the saved data is unchanged"
        case .invalid(let message):
            message
        }
    }
}

/// Every problem found in one or more policy files.
public struct PolicyFileErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [PolicyFileError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

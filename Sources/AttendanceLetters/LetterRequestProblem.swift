/// Why a letter cannot be written from the record as it stands (nothing was written).
public struct LetterRequestProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

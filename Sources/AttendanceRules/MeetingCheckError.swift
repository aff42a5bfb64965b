/// Bad input to a meeting check: names the problem and what is allowed.
public struct MeetingCheckError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public var description: String { message }
}

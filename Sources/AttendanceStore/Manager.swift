/// A line manager in the organisation.
public struct Manager: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A team and the manager who runs it.
public struct Team: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public var name: String
    public var managerId: String

    public init(id: String, name: String, managerId: String) {
        self.id = id
        self.name = name
        self.managerId = managerId
    }
}

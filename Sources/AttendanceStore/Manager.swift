/// A line manager in the organisation.
public struct Manager: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public var name: String
    /// Work e-mail address: the ORGANIZER of the meeting invitations this manager sends.
    public var email: String?

    public init(id: String, name: String, email: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
    }
}

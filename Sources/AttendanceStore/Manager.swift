/// A line manager in the organisation.
public struct Manager: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public var name: String
    /// Work e-mail address: the ORGANIZER of the meeting invitations this manager sends.
    public var email: String?
    /// The job title a letter is signed with, e.g. "Team Leader" (schema 4).
    public var role: String?

    public init(id: String, name: String, email: String? = nil, role: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.role = role
    }
}

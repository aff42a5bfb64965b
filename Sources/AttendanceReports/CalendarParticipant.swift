/// A person in a calendar invitation, by name and e-mail address (RFC 5545 CAL-ADDRESS).
public struct CalendarParticipant: Hashable, Sendable {
    public let name: String
    public let email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// A participant only when the address looks like one (`local@domain`, no spaces or
    /// controls): a typo must not become a `mailto:` that a client tries to send to.
    public init?(name: String, email: String?) {
        guard let email = email?.trimmingCharacters(in: .whitespaces), Self.isAddress(email) else { return nil }
        self.init(name: name, email: email)
    }

    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"\"<>(),;:\\[]".unicodeScalars.contains($0) }
    }

    /// The CN parameter value: quoted, with the characters a quoted parameter cannot hold removed.
    var commonName: String {
        "\"" + String(name.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init)) + "\""
    }
}

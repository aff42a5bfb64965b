/// What a PostgreSQL role may do in attend's database (`attend.access`, kept by `attend store
/// grant`): one manager's people, everyone (HR), or everyone without private text (reports).
public struct PostgresAccess: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case manager, hr, reports
    }

    public let role: String
    public let kind: Kind?
    public let managerId: String?
    /// The schema's owner or a superuser: row-level security does not apply to it.
    public let ownsStore: Bool

    public init(role: String, kind: Kind?, managerId: String?, ownsStore: Bool = false) {
        self.role = role
        self.kind = kind
        self.managerId = managerId
        self.ownsStore = ownsStore
    }

    /// Who the role may see, in words.
    public var description: String {
        if ownsStore { return "\(role) owns the store (or is a superuser): row-level security does not apply to it, so it sees and changes everything; give managers and HR their own roles" }
        switch kind {
        case .manager: return "\(role) is manager \(managerId ?? "?"): sees and changes only the people of that manager's teams, private text included"
        case .hr: return "\(role) is HR: sees and changes everyone, private text included, and the organisation"
        case .reports: return "\(role) reads reports: sees everyone without private text and changes nothing"
        case nil: return "\(role) has no attend access (HR grants it with `attend store grant`)"
        }
    }

    /// Who the role may see, in one short line for the terminal UI's opening message: the
    /// role, whose people (by the manager's name where known) and how many first, so that
    /// they show at 80 columns, then the server.
    public func shortDescription(server: String, people: Int, managerName: String?) -> String {
        let count = "\(people) \(people == 1 ? "person" : "people")"
        let scope: String
        if ownsStore {
            scope = "the store's owner, sees everyone (\(count)); managers and HR need roles of their own"
        } else {
            switch kind {
            case .manager: scope = "\(managerName ?? managerId ?? "?")'s teams, \(count)"
            case .hr: scope = "HR, everyone (\(count))"
            case .reports: scope = "reports, everyone (\(count)) without private text, read only"
            case nil: scope = "no attend access (HR grants it with attend store grant)"
            }
        }
        return "Connected as \(role): \(scope). Server \(server)."
    }

    /// A role name as SQL can quote it: letters, digits, `_`, `-`, `.` and `@`, at most 63
    /// bytes, so no name can carry SQL with it.
    public static func roleProblem(_ role: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.@")
        if role.isEmpty || role.utf8.count > 63 || !role.allSatisfy({ allowed.contains($0) }) {
            return "the role '\(role.prefix(64))' is not a role name attend accepts; use letters, digits, _ - . @ (at most 63)"
        }
        return nil
    }

    /// The role as a quoted SQL identifier (after `roleProblem` found none).
    static func quoted(_ role: String) -> String { "\"" + role.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}

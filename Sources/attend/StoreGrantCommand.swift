import AttendancePostgres
import AttendanceStore
import ArgumentParser

/// `attend store grant`: maps an existing PostgreSQL role to one attend manager (`--manager ID
/// --role ROLE`), to HR (`--hr ROLE`) or to reports only (`--reports ROLE`). The database then
/// enforces it with row-level security; attend keeps no roles or passwords of its own.
struct StoreGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Give a PostgreSQL role access: one manager's people (--manager ID --role ROLE), everyone (--hr ROLE) or reports (--reports ROLE).",
        discussion: """
            The role must exist (its administrator creates it: CREATE ROLE alex LOGIN). A role \
            has one access at a time; granting again replaces it. Run as the store's owner.
            """)

    @Option(help: ArgumentHelp("The attend manager whose people the role sees (an id from `attend manager list`).", valueName: "id")) var manager: String?
    @Option(help: ArgumentHelp("With --manager: the manager's PostgreSQL role.", valueName: "role")) var role: String?
    @Option(help: ArgumentHelp("An HR adviser's role: everyone, private text included, and the organisation.", valueName: "role")) var hr: String?
    @Option(help: ArgumentHelp("A role that reads everyone without private text and changes nothing.", valueName: "role")) var reports: String?
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        let given = [manager != nil || role != nil, hr != nil, reports != nil].filter { $0 }.count
        guard given == 1 else { throw ValidationError("give one of --manager ID --role ROLE, --hr ROLE or --reports ROLE") }
        if (manager == nil) != (role == nil) { throw ValidationError("--manager and --role go together: --manager ID --role ROLE") }
    }

    /// The database store, or bad input for a folder.
    static func server(_ storeOptions: StoreOptions) throws -> PostgresStore {
        guard let store = try storeOptions.recordStore() as? PostgresStore else {
            throw BadInput("\(storeOptions.location) is a folder store: access by role is for a PostgreSQL store (--store postgresql://…); a folder is protected by its permissions (0700)")
        }
        return store
    }

    func run() throws {
        let store = try Self.server(storeOptions)
        let access: PostgresAccess
        if let manager, let role {
            let organisation: OrganisationDocument
            do { organisation = try store.load().organisation } catch { throw BadInput("\(error)") }
            guard organisation.managers.contains(where: { $0.id == manager }) else {
                let known = organisation.managers.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
                throw BadInput("--manager: no manager \(TextRules.quoted(manager)) in the organisation; expected one of \(known.isEmpty ? "(none yet)" : known); nothing was changed")
            }
            access = PostgresAccess(role: role, kind: .manager, managerId: manager)
        } else if let hr {
            access = PostgresAccess(role: hr, kind: .hr, managerId: nil)
        } else {
            access = PostgresAccess(role: reports ?? "", kind: .reports, managerId: nil)
        }
        do { try store.grant(access) } catch { throw BadInput("\(error)") }
        SavedChanges.shared.note("the access of \(access.role)")
        print("Granted at \(store.settings.server): \(access.description).")
    }
}

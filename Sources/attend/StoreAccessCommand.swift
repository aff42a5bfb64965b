import AttendancePostgres
import ArgumentParser

/// `attend store access`: whose data the connected role may see, as the database enforces it;
/// with `--all`, every role's access (for the schema's owner).
struct StoreAccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Show whose data the connected PostgreSQL role may see (--all: every role's access, for the store's owner).")

    @Flag(help: "List every role's access (needs the store's owner or a superuser).") var all = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        guard let store = try storeOptions.recordStore() as? PostgresStore else {
            print("\(storeOptions.location) is a folder store: whoever can read the folder sees everyone (keep it 0700); access by role is for a PostgreSQL store.")
            return
        }
        do {
            let access = try store.connectedAccess()
            let snapshot = try store.load()
            let withPrivate = access.kind == .reports ? 0 : snapshot.employees.count
            print("Connected to \(store.settings.server) as \(access.role).")
            print(access.description + ".")
            print("This role sees \(snapshot.employees.count) \(snapshot.employees.count == 1 ? "person" : "people") in the store\(access.kind == .reports ? ", without private text" : ""), \(withPrivate) with private text.")
            if all {
                let map = try store.accessMap()
                if map.isEmpty { print("No role has been granted access yet: `attend store grant --manager ID --role ROLE` or `--hr ROLE`.") }
                print(TextTable(headers: ["ROLE", "ACCESS", "MANAGER"], rows: map.map { [$0.role, $0.kind?.rawValue ?? "?", $0.managerId ?? ""] }).render())
            }
        } catch {
            throw BadInput("\(error)")
        }
    }
}

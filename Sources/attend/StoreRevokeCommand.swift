import AttendancePostgres
import ArgumentParser

/// `attend store revoke --role ROLE`: takes a role's access to the database's store away.
struct StoreRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Take a PostgreSQL role's access to the store away.")

    @Option(help: ArgumentHelp("The PostgreSQL role.", valueName: "role")) var role: String
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try StoreGrantCommand.server(storeOptions)
        do { try store.revoke(role: role) } catch { throw BadInput("\(error)") }
        print("\(role) no longer has access to the store at \(store.settings.server).")
    }
}

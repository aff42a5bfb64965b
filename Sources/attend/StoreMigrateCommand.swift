import AttendancePostgres
import ArgumentParser

/// `attend store migrate`: brings a PostgreSQL database to this attend's schema, each
/// migration in its own transaction; a newer schema is refused, changing nothing.
struct StoreMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the schema migrations a PostgreSQL store lacks (as the database's owner); a folder migrates itself.")

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        guard let store = try storeOptions.recordStore() as? PostgresStore else {
            print("\(storeOptions.location) is a folder store: its documents are migrated as they are read and saved, so there is nothing to do.")
            return
        }
        do {
            let before = try store.schemaVersion()
            let applied = try store.migrate()
            if applied.isEmpty {
                print("The database at \(store.settings.server) is at attend schema \(before ?? 0), this attend's; nothing to do.")
            } else {
                SavedChanges.shared.note("attend schema \(applied.last ?? 0) at \(store.settings.server)")
                print("Applied attend schema \(applied.map(String.init).joined(separator: ", ")) to the database at \(store.settings.server) (it was at \(before.map(String.init) ?? "none")).")
            }
        } catch {
            throw BadInput("\(error)")
        }
    }
}

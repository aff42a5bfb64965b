import ArgumentParser

/// `attend store`: the store itself, for whoever runs it: schema migrations, copies between a
/// folder and a PostgreSQL database, and who may see what in a database (docs/postgresql.md).
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Migrate, copy and grant access to a store (a folder or a PostgreSQL database).",
        subcommands: [StoreMigrateCommand.self, StoreCopyCommand.self, StoreGrantCommand.self, StoreRevokeCommand.self, StoreAccessCommand.self]
    )
}

import ArgumentParser
import Foundation

/// `attend store copy --from SOURCE --to DEST`: a whole store between backends: a folder to a
/// database to start sharing it, a database to a folder to back it up or leave. Refuses a
/// destination that holds a store, and checks the copy document by document.
struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole store between a folder and a PostgreSQL database, and verify the copy.",
        discussion: """
            SOURCE and DEST are each a folder or a postgresql:// URL. Every document is copied \
            as it is, revisions and history kept; the destination must be an empty folder (or \
            none) or a database with no attend store, whose schema is applied first. The copy \
            is then read back: the same number of employees, and every document's SHA-256 the \
            same as the source's. Copying from a database copies what the connected role may \
            see: copy as HR or the store's owner.
            """)

    @Option(help: ArgumentHelp("The store to copy: a folder or a postgresql:// URL.", valueName: "store")) var from: String
    @Option(help: ArgumentHelp("Where to copy it: an empty or missing folder, or a database without an attend store.", valueName: "store")) var to: String
    @Option(help: ArgumentHelp("Who is making the copy, for the audit log (default: $USER).", valueName: "name")) var actor: String?

    func run() throws {
        let source = try StoreOptions.open(from)
        let destination = try StoreOptions.open(to)
        guard source.location != destination.location else { throw BadInput("--from and --to are the same store; nothing was copied") }
        let who = actor ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        let outcome = try StoreCopy.copy(from: source, to: destination, actor: who)
        print("Copied \(outcome.employees) employee\(outcome.employees == 1 ? "" : "s") and the organisation from \(source.location) to \(destination.location).")
        print("Verified: the same \(outcome.employees + 1) documents, each with the same SHA-256; all together \(outcome.digest).")
    }
}

import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// Options shared by every command that works on the store.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store folder (default: $ATTEND_STORE, else $XDG_DATA_HOME/attend, else ~/.local/share/attend).", valueName: "dir"))
    var store: String?

    @Option(help: ArgumentHelp("Use this date as today (YYYY-MM-DD), for reproducible reports and demos.", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("Who is making the change, for the audit log (default: $USER).", valueName: "name"))
    var actor: String?

    @OptionGroup var data: DataOptions

    /// The store folder.
    var location: String { FileStore.location(explicit: store, environment: ProcessInfo.processInfo.environment) }

    /// The store.
    var fileStore: FileStore { FileStore(root: location) }

    /// Today, or `--today`.
    func day() throws -> CalendarDay {
        try today.map { try Parsing.day($0, option: "--today") } ?? Today.day()
    }

    /// The name written to the audit log.
    var who: String { actor ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown" }

    /// Loads the store; damaged files are reported on standard error and the rest is used.
    func load(reportProblems: Bool = true) throws -> StoreContext {
        try Parsing.checkText(actor, option: "--actor", limit: TextRules.nameLimit)
        let snapshot: StoreSnapshot
        if !fileStore.exists {
            // No store yet: offer the demo (or `attend init`), unless the folder is a damaged
            // store or holds other files, where that advice would be wrong.
            let hint = "create an empty one with `attend init --store \(InitCommand.shellQuoted(location))` or the demo with `attend init --demo --store \(InitCommand.shellQuoted(location))`"
            throw BadInput(StorePlace.absence(at: location, createHint: hint) ?? "no attend store at \(location); \(hint)")
        }
        do {
            snapshot = try fileStore.load()
        } catch {
            throw BadInput("\(error)")
        }
        for notice in snapshot.notices { printError("attend: note: \(notice)") }
        if reportProblems {
            for problem in snapshot.problems {
                printError("attend: warning: \(problem) (this file is left out; run `attend validate`)")
            }
        }
        let policies = try data.policies()
        let holidays = try data.holidays()
        return StoreContext(store: fileStore, snapshot: snapshot, policies: policies, holidays: holidays, today: try day(), actor: who)
    }
}

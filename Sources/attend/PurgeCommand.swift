import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend purge`: erases the records of leavers whose retention period has passed (D-79),
/// each erasure recorded in the organisation's history (who, when, which id; no content).
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge", abstract: "Erase the records of leavers past the retention period (see --dry-run first).")

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to judge the retention period on (default: today).", valueName: "date")) var asOf: String?
    @Flag(name: .customLong("dry-run"), help: "List who would be erased; change nothing.") var dryRun = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        let day = try asOf.map { try Parsing.day($0, option: "--as-of") } ?? context.today
        let years = context.organisation.retentionYears
        let recorded = Set(context.organisation.history.filter { $0.action == "employee.purge" }.map(\.summary))
        let due = context.snapshot.employees.filter { e in
            if recorded.contains(where: { $0.hasPrefix(FileStore.erasureSummary(e.id) + " ") }) { return true }
            guard let last = e.leftOn else { return false }
            return day > last.adding(months: 12 * years)
        }.sorted { $0.id < $1.id }
        if due.isEmpty {
            print("No leaver is past the retention period (\(years) years after their last day) on \(day.ukDisplay); nothing was erased.")
            return
        }
        print("\(dryRun ? "Would erase" : "Erasing") \(due.count) leaver\(due.count == 1 ? "" : "s") past \(years) years after leaving (as of \(day.ukDisplay)):")
        for e in due {
            let left = e.leftOn.map { "left \($0.ukDisplay)" } ?? "erasure already recorded"
            if dryRun { print("  \(e.id) (\(left))"); continue }
            do {
                try context.store.erase(employee: e.id, actor: context.actor, detail: "\(left); retention \(years) years; as of \(day.iso)")
                SavedChanges.shared.note("erased employee \(e.id)")
            } catch {
                throw BadInput("\(error)")
            }
            print("  erased \(e.id) (\(left))")
        }
        if dryRun { print("Nothing was erased (--dry-run).") } else { print("Each erasure is recorded in organisation.json's history (who, when, which id).") }
    }
}

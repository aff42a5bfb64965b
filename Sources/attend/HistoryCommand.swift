import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend history --employee ID`: every change to one person's records, newest first: who,
/// when, what kind of change, why, and each field's old and new value (private text only as
/// changed). Includes what an older attend logged in `audit.jsonl` for them.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Every change to one employee's records, newest first, field by field.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        let document = try context.employee(employee)
        let entries = Array(document.history.reversed())
        if json { try JSONOutput.print(entries); return }
        print("Changes to \(document.name)'s records (\(document.id)), newest first:")
        for entry in entries {
            let when = String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
            print("\n\(when) UTC  revision \(entry.revision)  \(entry.action)  by \(entry.actor)")
            print("  \(entry.summary)")
            if let reason = entry.reason { print("  Reason: \(reason)") }
            for change in entry.changes ?? [] { print("    \(change.text)") }
        }
        if !document.voided.isEmpty {
            print("\nVoided records (kept, not counted):")
            for v in document.voided {
                print("  \(v.kind.label) \(v.record.id), voided \(v.on.ukDisplay) by \(v.by)\(v.with.map { " with \($0)" } ?? ""): \(v.reason)")
            }
        }
    }
}

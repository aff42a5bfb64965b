import Foundation

/// What this run of attend has saved, so that a message written after the save (an output
/// that could not be written, an error later in the command) says truthfully whether anything
/// was saved and where to look.
final class SavedChanges: @unchecked Sendable {
    static let shared = SavedChanges()

    private let lock = NSLock()
    private var saved: [String] = []

    /// Notes a save that landed, e.g. `employees/e1.json (revision 5)`.
    func note(_ change: String) {
        lock.lock()
        defer { lock.unlock() }
        saved.append(change)
    }

    /// The truth about this run's saves, for the end of a message.
    var summary: String {
        lock.lock()
        defer { lock.unlock() }
        if saved.isEmpty { return "nothing was saved" }
        return "the change was saved (\(saved.joined(separator: ", "))); `attend employee show` or `attend validate` shows it"
    }
}

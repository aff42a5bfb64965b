import AttendanceStore
import ArgumentParser

/// `--again`, and the check it lifts: a command run a second time after an unclear outcome (it
/// was killed, the terminal closed, or an error came after the save) must not add the same record
/// twice (issue 11). A record identical to the new one but for its id is taken for that earlier
/// run, named with the change that saved it, and nothing is saved (D-78).
struct RepeatOptions: ParsableArguments {
    @Flag(help: "Record it even if an identical record is already there (a second, real one).")
    var again = false

    /// Refuses when `existing` (the id of an identical record) is set and `--again` was not given.
    func refuse(_ what: String, existing: String?, in document: EmployeeDocument) throws {
        guard let existing, !again else { return }
        throw BadInput(Self.message(what, existing: existing, in: document))
    }

    /// `canRepeat: false` where a second identical record is never allowed (overlapping absences).
    static func message(_ what: String, existing: String, in document: EmployeeDocument, canRepeat: Bool = true) -> String {
        let change = document.history.last { entry in
            entry.summary.split(whereSeparator: { " ()".contains($0) }).contains { $0 == Substring(existing) }
        }
        let saved = change.map { " by \($0.actor) at \(String($0.at.prefix(16)).replacingOccurrences(of: "T", with: " ")) UTC (revision \($0.revision))" } ?? ""
        return "\(what) is already recorded for \(document.name) as \(existing), saved\(saved.isEmpty ? " earlier" : saved); nothing was saved. "
            + "If an earlier run was cut off, it did save: check with `attend employee show \(document.id)`"
            + (canRepeat ? ". To record a second, identical one on purpose, add --again" : "")
    }
}

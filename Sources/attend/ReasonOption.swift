import AttendanceStore
import ArgumentParser

/// `--reason TEXT`, required of every correction: why, kept in the history with the change.
struct ReasonOption: ParsableArguments {
    @Option(help: ArgumentHelp("Why: kept in the history with the change.", valueName: "text")) var reason: String

    /// The reason, checked: within the note limit, not empty once trimmed.
    func checked() throws -> String {
        try Parsing.checkText(reason, option: "--reason", limit: TextRules.noteLimit, multiline: true)
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw BadInput("--reason is empty; say why the record is corrected (it is kept in the history)") }
        return trimmed
    }
}

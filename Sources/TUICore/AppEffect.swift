import AttendanceStore

/// What the reducer asks the outside world to do (data only; the executable runs it and
/// reports back with `AppAction.saved` or `.saveFailed`).
public enum AppEffect: Hashable, Sendable {
    case quit
    /// Save an employee document read at its `revision` (refused if another process saved first).
    case save(EmployeeDocument, action: String, summary: String)
    /// Save a correction (an edit or a void) with the user's reason, kept in the history.
    case correct(EmployeeDocument, action: String, summary: String, reason: String)
    /// Write a file the user asked for (an invitation, a letter), 0600, atomically.
    case writeFile(path: String, contents: String)
    /// Write a kept letter's copies (DOCX and text) into the store's `letters/` folder.
    case writeLetter(employeeId: String, letter: LetterRecord)
}

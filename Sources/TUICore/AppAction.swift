import AttendanceStore

/// What can happen to the UI: a key, the terminal changing size, or the result of an effect.
public enum AppAction: Sendable {
    case key(KeyEvent)
    case resize(width: Int, height: Int)
    /// The store is reloaded after a save; `message` says what was saved.
    case reloaded(AppData, message: String)
    /// A file the user asked for was written.
    case fileWritten(String)
    /// A save failed; nothing was written; the form keeps what was typed.
    case effectFailed(String)
    /// A file written after a save could not be: the save stands (the message says so).
    case fileFailed(String)
    /// A save met a newer revision saved by another process: nothing was written, the store is
    /// reloaded (so saving again builds on the latest record) and the form keeps what was typed.
    case saveConflict(AppData, message: String)
    /// The store changed on disk (another attend saved): reloaded so every screen shows it;
    /// an open form is left as it is.
    case changedElsewhere(AppData)
}

import TUICore

/// What one read from the terminal gives: a key, or the terminal's new size.
public enum TerminalInput: Hashable, Sendable {
    case key(KeyEvent)
    case resize(width: Int, height: Int)
}

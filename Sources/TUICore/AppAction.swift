/// What can happen to the UI: a key, or the terminal changing size.
public enum AppAction: Hashable, Sendable {
    case key(KeyEvent)
    case resize(width: Int, height: Int)
}

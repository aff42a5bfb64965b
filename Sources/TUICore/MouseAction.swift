/// What the mouse did (`KeyEvent.mouse`).
public enum MouseAction: Hashable, Sendable {
    case click
    case wheelUp
    case wheelDown
}

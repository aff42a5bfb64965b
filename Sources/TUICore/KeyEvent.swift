/// A key press, independent of the terminal backend.
public enum KeyEvent: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, e.g. `.control("c")`.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// Text pasted in one go (bracketed paste): it goes into the field under the cursor and is
    /// never read as keys.
    case paste(String)
    /// A mouse click, or the wheel, at a cell (column, row from the top left).
    case mouse(MouseAction, x: Int, y: Int)
}

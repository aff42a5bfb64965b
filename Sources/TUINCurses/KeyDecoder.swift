import CNCurses
import TUICore

/// Turns what `wget_wch` returns into backend-neutral key events.
enum KeyDecoder {
    /// A character read with status OK: a Unicode scalar or a control code.
    static func key(character code: UInt32) -> KeyEvent? {
        switch code {
        case 9: return .tab
        // nonl() leaves Return as CR; a pasted or piped LF is Enter too.
        case 10, 13: return .enter
        case 27: return .escape
        // DEL is what most terminals send for Backspace; Ctrl-H (BS) is the rest.
        case 127, 8: return .backspace
        case 1...31:
            // Ctrl-A is 1 ... Ctrl-Z is 26; 28...31 are Ctrl-\ ] ^ _.
            guard let scalar = Unicode.Scalar(code + (code <= 26 ? 96 : 64)) else { return nil }
            return .control(Character(scalar))
        case 0: return .control("@")
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key read with status KEY_CODE_YES (`KEY_RESIZE` is handled by the caller).
    static func key(functionKey code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        // Some terminfo entries (screen, rxvt) name Home and End "find" and "select".
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where nc_key_f(Int32(n)) == code { return .function(n) }
            return nil
        }
    }
}

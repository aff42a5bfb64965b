import Foundation
import TUICore

/// Key names for `attend --dump-frame --keys`: the keys a script presses before the frame is
/// printed, e.g. `j,j,Enter,?`.
enum KeyNames {
    /// Named keys (matched ignoring case); single characters stand for themselves.
    static let named: [String: KeyEvent] = {
        var keys: [String: KeyEvent] = [
            "up": .up, "down": .down, "left": .left, "right": .right,
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
            "tab": .tab, "btab": .backTab, "s-tab": .backTab,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "home": .home, "end": .end, "backspace": .backspace, "bspace": .backspace,
            "delete": .delete, "del": .delete, "space": .character(" "), "comma": .character(","),
        ]
        for n in 1...12 { keys["f\(n)"] = .function(n) }
        return keys
    }()

    /// The names a user can give, for error messages.
    static let help = "Up Down Left Right Enter Esc Tab BTab PgUp PgDn Home End F1..F12 Backspace Delete Space Comma, C-x for Ctrl-x, or a single character"

    /// The keys in a comma-separated list, or bad input naming the one that is not a key.
    static func parse(_ list: String) throws -> [KeyEvent] {
        guard !list.isEmpty else { return [] }
        return try list.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            if name.count == 1, let character = name.first { return .character(character) }
            if let key = named[name.lowercased()] { return key }
            if name.count == 3, name.lowercased().hasPrefix("c-"), let last = name.last {
                return .control(Character(last.lowercased()))
            }
            throw BadInput("--keys: '\(name)' is not a key; use \(help), separated by commas")
        }
    }
}

/// A terminal colour: the terminal's default or one of the eight standard colours
/// (which every colour terminal has, so the UI never depends on 256-colour support).
public enum TerminalColor: Int, Hashable, Sendable, CaseIterable {
    case `default` = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

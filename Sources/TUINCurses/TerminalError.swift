/// Why the terminal UI cannot start. Each description is one line for standard error.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is a pipe, file or /dev/null.
    case notATerminal(stdinIsTTY: Bool, stdoutIsTTY: Bool)
    /// `$TERM` is unset, empty or has no terminfo entry.
    case unknownTerminal(term: String?)
    /// The terminal cannot move the cursor (e.g. TERM=dumb).
    case noCursorAddressing(term: String)

    public var description: String {
        switch self {
        case .notATerminal(let stdinIsTTY, let stdoutIsTTY):
            let which = !stdinIsTTY && !stdoutIsTTY ? "standard input and output are not terminals"
                : !stdinIsTTY ? "standard input is not a terminal" : "standard output is not a terminal"
            return "the terminal UI needs an interactive terminal, but \(which)"
        case .unknownTerminal(let term):
            guard let term, !term.isEmpty else { return "cannot use the terminal: $TERM is not set" }
            return "cannot use terminal type '\(term)' (no terminfo entry; check $TERM)"
        case .noCursorAddressing(let term):
            return "terminal type '\(term)' cannot move the cursor, so the terminal UI cannot run there (check $TERM)"
        }
    }
}

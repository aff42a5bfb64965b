import CNCurses
import Glibc
import TUICore

/// The terminal, driven through ncursesw: start and stop, size, drawing a `ScreenBuffer` and
/// reading keys. The only type in the project that talks to curses.
///
/// ncurses keeps process-global state and is not thread-safe, so the class is confined to the
/// main actor. Every C global is read through the shim's accessor functions (`nc_stdscr()`,
/// `nc_lines()`, ...), because Swift 6 rejects direct reads of mutable C globals.
@MainActor
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// FILEs opened by `startHeadless`, closed by `stop`.
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    /// Where the screen goes, for the bracketed-paste mode switch.
    private let output: UnsafeMutablePointer<FILE>
    private var active = true
    /// Reads in a row that failed at once instead of waiting for their timeout.
    private var immediateFailures = 0

    /// True once input has gone (the terminal was closed, e.g. its window killed, and SIGHUP
    /// was ignored): every read then fails at once, and a loop that kept reading would spin.
    public private(set) var inputLost = false

    /// True when the locale's character set is UTF-8; otherwise non-ASCII glyphs are drawn
    /// with the terminal's line-drawing set or ASCII (ncursesw drops them silently).
    public let isUTF8: Bool
    /// False on monochrome terminals: styles keep their attributes and lose their colours.
    public let hasColors: Bool
    /// True when `use_default_colors` worked, so `.default` is the terminal's own colour.
    private let defaultColors: Bool
    private let colorPairLimit: Int
    /// Colour pair per (foreground + 1) * 9 + (background + 1); -1 until first used.
    private var pairs = [Int16](repeating: -1, count: 81)
    private var nextPair: Int16 = 1
    /// curses attributes per `TextAttributes.rawValue` (5 bits).
    private let attributeTable: [attr_t]
    /// Reused for every cell, so drawing allocates nothing per cell.
    private var scalarScratch = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)

    // MARK: Starting and stopping

    /// Checks, before curses takes the screen, what can be checked without it: stdin and
    /// stdout are terminals and `$TERM` is set and not `dumb`; returns the terminal's size (nil
    /// when it cannot be measured). Lets the caller refuse, or ask a question on the plain
    /// terminal, without the screen flashing into curses and back. Installs the termination
    /// handlers (as `start` does) so a Ctrl-C at a question exits the same way.
    ///
    /// Whether `$TERM` has a terminfo entry only `newterm` can tell (the lower-level terminfo
    /// calls are in term.h, outside the shim), and a throwaway `newterm` cannot be used to ask:
    /// ncurses' SIGTSTP bookkeeping then leaves the real screen without its Ctrl-Z handler. So
    /// `start` reports an unknown `$TERM`.
    public static func preflight(options: TerminalOptions = TerminalOptions()) throws -> (width: Int, height: Int)? {
        try checkTTYs()
        guard let term = termName, !term.isEmpty else { throw TerminalError.unknownTerminal(term: nil) }
        if term == "dumb" { throw TerminalError.noCursorAddressing(term: term) }
        unblockTerminalSignals()
        if options.installSignalHandlers { installTerminationHandlers() }
        return windowSize()
    }

    /// The size ncurses will use: $COLUMNS and $LINES when set, else the tty's own.
    private static func windowSize() -> (width: Int, height: Int)? {
        func environment(_ name: String) -> Int? {
            guard let value = getenv(name).flatMap({ Int(String(cString: $0)) }), value > 0 else { return nil }
            return value
        }
        var measured = winsize()
        let ok = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &measured) == 0 && measured.ws_col > 0 && measured.ws_row > 0
        guard let width = environment("COLUMNS") ?? (ok ? Int(measured.ws_col) : nil),
              let height = environment("LINES") ?? (ok ? Int(measured.ws_row) : nil) else { return nil }
        return (width, height)
    }

    /// Takes over the terminal: checks, locale, signal handlers, `newterm`, modes and colours.
    /// Throws `TerminalError` (with a one-line description) when there is no usable terminal.
    /// Sets what a crash prints on the restored terminal, before the runtime's backtrace.
    public static func whenCrashing(say message: String) { setCrashMessage(message) }

    public static func start(options: TerminalOptions = TerminalOptions()) throws -> Terminal {
        try checkTTYs()
        // Before any curses call: ncursesw decides on wide characters from the locale.
        setlocale(LC_ALL, "")
        unblockTerminalSignals()
        // Before newterm, which installs its own SIGINT/SIGTERM handlers only over SIG_DFL.
        if options.installSignalHandlers { installTerminationHandlers() }
        // newterm, not initscr: initscr prints its own message and calls exit(1) on a bad TERM.
        guard let screen = newterm(nil, nc_stdout(), nc_stdin()) else { throw TerminalError.unknownTerminal(term: termName) }
        return try Terminal(screen: screen, options: options, ownedFiles: [], output: nc_stdout(), input: nc_stdin(),
                            unicode: nc_locale_is_utf8() != 0)
    }

    /// Starts curses on file descriptors instead of the process's terminal, for tests: a pipe
    /// to feed key bytes in and /dev/null (or a pipe) for the output, at a fixed size (set with
    /// `resize_term`, so tests need not change `$LINES`/`$COLUMNS` under other threads).
    /// `unicode: false` exercises the non-UTF-8 fallback.
    public static func startHeadless(termType: String, inputFD: Int32, outputFD: Int32, width: Int = 80, height: Int = 24,
                                     unicode: Bool = true) throws -> Terminal {
        setlocale(LC_CTYPE, "C.UTF-8")
        guard let input = fdopen(inputFD, "r") else { throw TerminalError.notATerminal(stdinIsTTY: false, stdoutIsTTY: true) }
        guard let output = fdopen(outputFD, "w") else {
            fclose(input)
            throw TerminalError.notATerminal(stdinIsTTY: true, stdoutIsTTY: false)
        }
        guard let screen = newterm(termType, output, input) else {
            fclose(input)
            fclose(output)
            throw TerminalError.unknownTerminal(term: termType)
        }
        let options = TerminalOptions(installSignalHandlers: false, installCrashHandlers: false)
        let terminal = try Terminal(screen: screen, options: options, ownedFiles: [input, output], output: output, input: input, unicode: unicode)
        // Unlike resizeterm, resize_term queues no KEY_RESIZE for the tests to read past.
        resize_term(Int32(height), Int32(width))
        return terminal
    }

    private init(screen: OpaquePointer, options: TerminalOptions, ownedFiles: [UnsafeMutablePointer<FILE>],
                 output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, unicode: Bool) throws {
        // TERM=dumb passes newterm but has no cursor addressing: nothing could be drawn.
        guard nc_has_cursor_addressing() != 0, let window = nc_stdscr() else {
            endwin()
            delscreen(screen)
            ownedFiles.forEach { fclose($0) }
            throw TerminalError.noCursorAddressing(term: Self.termName ?? "")
        }
        self.screen = screen
        self.window = window
        self.ownedFiles = ownedFiles
        self.output = output
        isUTF8 = unicode
        cursesActive.store(true, ordering: .relaxed)
        installExitHook()
        if options.installCrashHandlers { installCrashHandlers() }

        // raw() would turn Ctrl-C into a key; cbreak() keeps it (and Ctrl-Z, Ctrl-\) as signals.
        _ = options.rawMode ? raw() : cbreak()
        nc_keys_not_flow_control(fileno(input))
        noecho()
        nonl()
        keypad(window, true)
        // A lone Esc arrives after 25 ms instead of ncurses' default second.
        set_escdelay(25)
        // Bracketed paste: the terminal marks a paste, so it becomes one event for the field
        // under the cursor instead of keys (its newlines would otherwise be Enter).
        define_key(Self.pasteStart, Self.pasteStartCode)
        define_key(Self.pasteEnd, Self.pasteEndCode)
        nc_bracketed_paste(output, 1)
        bracketedPasteOn.store(true, ordering: .relaxed)
        if options.mouse { _ = nc_enable_mouse(1) }
        curs_set(0)

        if has_colors() {
            start_color()
            hasColors = true
            defaultColors = use_default_colors() == OK
            colorPairLimit = Int(nc_color_pairs())
        } else {
            hasColors = false
            defaultColors = false
            colorPairLimit = 0
        }
        attributeTable = (0..<32).map { bits in
            let a = TextAttributes(rawValue: UInt8(bits))
            var out = NC_A_NORMAL
            if a.contains(.bold) { out |= NC_A_BOLD }
            if a.contains(.dim) { out |= NC_A_DIM }
            if a.contains(.underline) { out |= NC_A_UNDERLINE }
            if a.contains(.reverse) { out |= NC_A_REVERSE }
            if a.contains(.italic) { out |= NC_A_ITALIC }
            return out
        }
    }

    /// Gives the terminal back as it was (modes, cursor, main screen). Safe to call twice.
    public func stop() {
        guard active else { return }
        active = false
        if bracketedPasteOn.exchange(false, ordering: .relaxed) { nc_bracketed_paste(output, 0) }
        if cursesActive.exchange(false, ordering: .relaxed) { endwin() }
        delscreen(screen)
        ownedFiles.forEach { fclose($0) }
    }

    /// The termination signal received since start (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0.
    /// The event loop checks it every iteration, calls `stop()` and exits with 128 + it.
    public static var pendingSignal: Int32 { receivedSignal.load(ordering: .relaxed) }

    /// Takes a pending Ctrl-C (SIGINT) so the UI can ask before quitting; false when the
    /// pending signal is another (or none).
    public static func takeInterrupt() -> Bool {
        receivedSignal.compareExchange(expected: SIGINT, desired: 0, ordering: .relaxed).exchanged
    }

    // MARK: Size

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        var height: Int32 = 0, width: Int32 = 0
        nc_getmaxyx(window, &height, &width)
        return (Int(width), Int(height))
    }

    // MARK: Drawing

    /// Draws a whole frame. Every cell goes into stdscr and ncurses sends only what changed
    /// since the last frame, so no per-frame clear (which would repaint everything).
    public func draw(_ buffer: ScreenBuffer) {
        guard active else { return }
        let (width, height) = size
        if buffer.width < width || buffer.height < height { werase(window) }
        let rows = min(height, buffer.height), columns = min(width, buffer.width)
        let limit = scalarScratch.count - 1
        var cc = cchar_t()
        scalarScratch.withUnsafeMutableBufferPointer { scalars in
            for y in 0..<rows {
                for x in 0..<columns {
                    let cell = buffer[x: x, y: y]
                    let attributes = attributeTable[Int(cell.style.attributes.rawValue & 31)]
                    let pair = colorPair(cell.style)
                    if cell.isContinuation {
                        // The second column of a wide glyph, which ncurses fills itself; in the
                        // fallback the glyph became one column, so blank the second.
                        if !isUTF8 { _ = mvwaddch(window, Int32(y), Int32(x), 32 | attributes | nc_color_pair(pair)) }
                        continue
                    }
                    if !isUTF8, !cell.grapheme.utf8.allSatisfy({ $0 < 0x80 }) {
                        _ = mvwaddch(window, Int32(y), Int32(x), Self.fallback(cell.grapheme) | attributes | nc_color_pair(pair))
                        continue
                    }
                    var count = 0
                    for scalar in cell.grapheme.unicodeScalars where count < limit {
                        // A control character would be drawn as ^X over two columns.
                        let value = scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) ? 0x3F : scalar.value
                        scalars[count] = wchar_t(bitPattern: value)
                        count += 1
                    }
                    if count == 0 {
                        scalars[0] = 32
                        count = 1
                    }
                    scalars[count] = 0
                    setcchar(&cc, scalars.baseAddress, attributes, pair, nil)
                    // The bottom-right cell returns ERR (the cursor cannot advance) but is drawn.
                    _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)
                }
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// The colour pair for a style's colours, allocated on first use (pair 0 is the default).
    private func colorPair(_ style: Style) -> Int16 {
        guard hasColors else { return 0 }
        let foreground = style.foreground.rawValue, background = style.background.rawValue
        if foreground < 0 && background < 0 { return 0 }
        let key = (foreground + 1) * 9 + (background + 1)
        if pairs[key] >= 0 { return pairs[key] }
        guard Int(nextPair) < colorPairLimit else { return 0 }
        // Without use_default_colors, -1 is not a colour: fall back to white on black.
        let fg = foreground < 0 && !defaultColors ? Int16(COLOR_WHITE) : Int16(foreground)
        let bg = background < 0 && !defaultColors ? Int16(COLOR_BLACK) : Int16(background)
        init_pair(nextPair, fg, bg)
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key]
    }

    /// A non-ASCII glyph for a terminal whose locale is not UTF-8: the line-drawing set (sent
    /// with SO/SI) for box parts, blocks and arrows, an ASCII look-alike for a few others, else
    /// `?`. Only valid after newterm (the ACS values index acs_map).
    static func fallback(_ glyph: String) -> chtype {
        switch glyph {
        case "─", "━", "═": return nc_acs_hline()
        case "│", "┃", "║": return nc_acs_vline()
        case "┌", "╭", "┏", "╔": return nc_acs_ulcorner()
        case "┐", "╮", "┓", "╗": return nc_acs_urcorner()
        case "└", "╰", "┗", "╚": return nc_acs_llcorner()
        case "┘", "╯", "┛", "╝": return nc_acs_lrcorner()
        case "█", "▓", "▒", "░", "■", "▌", "▐": return nc_acs_block()
        case "▶", "▸", "►", "→": return nc_acs_rarrow()
        case "◀", "◂", "◄", "←": return chtype(UInt8(ascii: "<"))
        case "·", "•", "…": return chtype(UInt8(ascii: "."))
        case "✓", "✔": return chtype(UInt8(ascii: "+"))
        case "✗", "✘", "×": return chtype(UInt8(ascii: "x"))
        case "├", "┤", "┬", "┴", "┼": return chtype(UInt8(ascii: "+"))
        case "–", "—": return chtype(UInt8(ascii: "-"))
        default: return chtype(UInt8(ascii: "?"))
        }
    }

    // MARK: Keys

    /// Waits up to `timeoutMilliseconds` for a key or a resize. Returns nil on a timeout, on
    /// an interrupted read (a signal arrived: check `pendingSignal`) and for keys attend has
    /// no use for. A resize (ncurses' own SIGWINCH handler turns it into KEY_RESIZE) reports
    /// the new size; draw a frame of that size next.
    public func readInput(timeoutMilliseconds: Int) -> TerminalInput? {
        guard active else { return nil }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var code: wint_t = 0
        let started = Self.milliseconds()
        let status = wget_wch(window, &code)
        if status == ERR && timeoutMilliseconds >= 40 && Self.milliseconds() - started < timeoutMilliseconds / 4 {
            immediateFailures += 1
            if immediateFailures >= 50 { inputLost = true }
        } else {
            immediateFailures = 0
        }
        switch status {
        case OK:
            return KeyDecoder.key(character: code).map { .key($0) }
        case KEY_CODE_YES:
            let functionKey = Int32(bitPattern: code)
            if functionKey == KEY_RESIZE {
                let (width, height) = size
                return .resize(width: width, height: height)
            }
            if functionKey == Self.pasteStartCode { return .key(.paste(readPaste())) }
            if functionKey == KEY_MOUSE {
                var x: Int32 = 0, y: Int32 = 0
                switch nc_read_mouse(&x, &y) {
                case 1: return .key(.mouse(.click, x: Int(x), y: Int(y)))
                case 4: return .key(.mouse(.wheelUp, x: Int(x), y: Int(y)))
                case 5: return .key(.mouse(.wheelDown, x: Int(x), y: Int(y)))
                default: return nil
                }
            }
            if functionKey == Self.pasteEndCode { return nil }
            return KeyDecoder.key(functionKey: functionKey).map { .key($0) }
        default:
            return nil
        }
    }

    static let pasteStart = "\u{1B}[200~"
    static let pasteEnd = "\u{1B}[201~"
    /// Key codes for the paste markers, above every code ncurses defines (KEY_MAX).
    static let pasteStartCode = KEY_MAX + 1
    static let pasteEndCode = KEY_MAX + 2

    /// The pasted text up to the end marker (or a pause of a second, should it never come).
    /// Returns and line feeds are line breaks; other controls are dropped by the field.
    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        wtimeout(window, 1000)
        defer { wtimeout(window, 0) }
        while text.count < 1 << 20 {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == OK {
                if code == 13 || code == 10 { text.append("\n") } else if let scalar = Unicode.Scalar(UInt32(code)) { text.append(scalar) }
            } else if status == KEY_CODE_YES {
                if Int32(bitPattern: code) == Self.pasteEndCode { break }
                if Int32(bitPattern: code) == KEY_ENTER { text.append("\n") }
            } else {
                break
            }
        }
        return String(text)
    }

    /// Like `readInput`, for keys only: resizes are passed over (nil when none arrives in time).
    public func readKey(timeoutMilliseconds: Int) -> KeyEvent? {
        while let input = readInput(timeoutMilliseconds: timeoutMilliseconds) {
            if case .key(let key) = input { return key }
        }
        return nil
    }

    // MARK: Reading the screen back (tests)

    /// The text ncurses holds for a cell of the screen.
    public func character(x: Int, y: Int) -> String {
        readBack(x: x, y: y).text
    }

    /// The style ncurses holds for a cell: attributes and, through its colour pair, colours.
    public func style(x: Int, y: Int) -> Style {
        readBack(x: x, y: y).style
    }

    /// The box glyph of a cell drawn with the line-drawing set (the non-UTF-8 fallback), or nil.
    public func lineDrawingGlyph(x: Int, y: Int) -> String? {
        let value = mvwinch(window, Int32(y), Int32(x))
        let stripped = value & ~(nc_color_pair(255) | NC_A_BOLD | NC_A_DIM | NC_A_UNDERLINE | NC_A_REVERSE | NC_A_ITALIC)
        let table: [(String, chtype)] = [
            ("─", nc_acs_hline()), ("│", nc_acs_vline()), ("┌", nc_acs_ulcorner()), ("┐", nc_acs_urcorner()),
            ("└", nc_acs_llcorner()), ("┘", nc_acs_lrcorner()), ("█", nc_acs_block()), ("▶", nc_acs_rarrow()),
        ]
        return table.first { $0.1 == stripped }?.0
    }

    private func readBack(x: Int, y: Int) -> (text: String, style: Style) {
        var cc = cchar_t()
        guard mvwin_wch(window, Int32(y), Int32(x), &cc) == OK else { return ("", .plain) }
        var scalars = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cc, &scalars, &attributes, &pair, nil)
        var text = ""
        for value in scalars.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.unicodeScalars.append(scalar) }
        }
        var style = Style()
        for bits in 0..<32 where attributeTable[bits] != 0 && attributes & attributeTable[bits] == attributeTable[bits] {
            style.attributes.formUnion(TextAttributes(rawValue: UInt8(bits)))
        }
        if pair > 0 {
            var fg: Int16 = 0, bg: Int16 = 0
            pair_content(pair, &fg, &bg)
            style.foreground = TerminalColor(rawValue: Int(fg)) ?? .default
            style.background = TerminalColor(rawValue: Int(bg)) ?? .default
        }
        return (text, style)
    }

    // MARK: Helpers

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    private static var termName: String? { getenv("TERM").map { String(cString: $0) } }

    private static func checkTTYs() throws {
        let stdinTTY = isatty(STDIN_FILENO) == 1, stdoutTTY = isatty(STDOUT_FILENO) == 1
        guard stdinTTY, stdoutTTY else { throw TerminalError.notATerminal(stdinIsTTY: stdinTTY, stdoutIsTTY: stdoutTTY) }
    }
}

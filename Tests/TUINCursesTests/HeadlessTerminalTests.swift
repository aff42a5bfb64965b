import Glibc
import Testing
import TUICore
@testable import TUINCurses

/// Real ncursesw with no tty: `newterm` reads key bytes from a pipe and writes to /dev/null,
/// and the screen is read back cell by cell. ncurses state is process-global, hence serialized
/// and on the main actor.
@Suite(.serialized) @MainActor struct HeadlessTerminalTests {
    /// A headless terminal of 40x12 (or another size) and the pipe end to type into.
    @MainActor final class Harness {
        let terminal: Terminal
        let keyboard: Int32

        init(termType: String = "xterm-256color", width: Int = 40, height: Int = 12, unicode: Bool = true) throws {
            var fds: [Int32] = [0, 0]
            #expect(pipe(&fds) == 0)
            keyboard = fds[1]
            terminal = try Terminal.startHeadless(termType: termType, inputFD: fds[0], outputFD: open("/dev/null", O_WRONLY),
                                                 width: width, height: height, unicode: unicode)
        }

        func type(_ bytes: [UInt8]) {
            _ = bytes.withUnsafeBufferPointer { write(keyboard, $0.baseAddress, $0.count) }
        }

        /// Every key the terminal decodes until a read times out.
        func keys() -> [KeyEvent] {
            var events: [KeyEvent] = []
            while let event = terminal.readKey(timeoutMilliseconds: 100) { events.append(event) }
            return events
        }

        func finish() {
            terminal.stop()
            close(keyboard)
        }
    }

    static let escape: UInt8 = 0x1B

    static func sequence(_ text: String) -> [UInt8] { [escape] + Array(text.utf8) }

    @Test func decodesCursorEditingAndFunctionKeysAsXtermSendsThem() throws {
        let harness = try Harness()
        defer { harness.finish() }
        // keypad() puts xterm in application mode, so arrows and Home/End are ESC O x.
        var bytes: [UInt8] = []
        for s in ["OA", "OB", "OD", "OC", "OH", "OF", "[5~", "[6~", "[Z", "[3~"] { bytes += Self.sequence(s) }
        for s in ["OP", "OQ", "OR", "OS", "[15~", "[17~", "[18~", "[19~", "[20~", "[21~", "[23~", "[24~"] { bytes += Self.sequence(s) }
        harness.type(bytes)
        #expect(harness.keys() == [
            .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .backTab, .delete,
        ] + (1...12).map { KeyEvent.function($0) })
    }

    @Test func decodesControlCharactersTextAndALoneEscape() throws {
        let harness = try Harness()
        defer { harness.finish() }
        // Tab, CR, LF, DEL and BS, Ctrl-A, Ctrl-F, Ctrl-Z, then text including é and 日 as UTF-8.
        harness.type([9, 13, 10, 127, 8, 1, 6, 26] + Array("jq?é日".utf8))
        #expect(harness.keys() == [
            .tab, .enter, .enter, .backspace, .backspace, .control("a"), .control("f"), .control("z"),
            .character("j"), .character("q"), .character("?"), .character("é"), .character("日"),
        ])
        // A lone Esc arrives once the 25 ms escape delay has passed, not as the start of a key.
        harness.type([Self.escape])
        #expect(harness.keys() == [.escape])
    }

    @Test func drawsWideGlyphsAndBoxCharactersIntoTheRightCells() throws {
        let harness = try Harness()
        defer { harness.finish() }
        #expect(harness.terminal.size.width == 40 && harness.terminal.size.height == 12)
        var buffer = ScreenBuffer(width: 40, height: 12)
        buffer.drawBox(Rect(x: 0, y: 0, width: 40, height: 12), title: "Team")
        buffer.put("王小明 Dafydd ✓", x: 2, y: 1, style: .bold)
        buffer.put("S", x: 2, y: 2, style: Style(foreground: .red))
        buffer.put("H", x: 3, y: 2, style: Style(foreground: .black, background: .cyan, attributes: .reverse))
        harness.terminal.draw(buffer)

        let t = harness.terminal
        #expect(t.character(x: 0, y: 0) == "┌")
        #expect(t.character(x: 2, y: 0) == "T")
        #expect(t.character(x: 20, y: 0) == "─")
        #expect(t.character(x: 39, y: 0) == "┐")
        #expect(t.character(x: 0, y: 11) == "└")
        #expect(t.character(x: 39, y: 11) == "┘")
        #expect(t.character(x: 0, y: 5) == "│")
        // Each Chinese glyph takes two columns: 王 at 2, 小 at 4, 明 at 6, then a space at 8.
        #expect(t.character(x: 2, y: 1) == "王")
        #expect(t.character(x: 4, y: 1) == "小")
        #expect(t.character(x: 6, y: 1) == "明")
        #expect(t.character(x: 9, y: 1) == "D")
        #expect(t.character(x: 16, y: 1) == "✓")
        #expect(t.style(x: 9, y: 1).attributes.contains(.bold))
        #expect(t.style(x: 2, y: 2) == Style(foreground: .red))
        #expect(t.style(x: 3, y: 2) == Style(foreground: .black, background: .cyan, attributes: .reverse))
    }

    @Test func redrawingAFrameReplacesTheOldOne() throws {
        let harness = try Harness()
        defer { harness.finish() }
        var first = ScreenBuffer(width: 40, height: 12)
        first.put("日本語 first", x: 0, y: 3)
        harness.terminal.draw(first)
        var second = ScreenBuffer(width: 40, height: 12)
        second.put("ab", x: 0, y: 3)
        harness.terminal.draw(second)
        #expect(harness.terminal.character(x: 0, y: 3) == "a")
        #expect(harness.terminal.character(x: 1, y: 3) == "b")
        #expect(harness.terminal.character(x: 2, y: 3) == " ")
        #expect(harness.terminal.character(x: 7, y: 3) == " ")
    }

    @Test func withoutAUTF8LocaleBoxesUseTheLineDrawingSet() throws {
        let harness = try Harness(unicode: false)
        defer { harness.finish() }
        var buffer = ScreenBuffer(width: 40, height: 12)
        buffer.drawBox(Rect(x: 0, y: 0, width: 10, height: 4))
        buffer.put("Ní 日x", x: 1, y: 1)
        harness.terminal.draw(buffer)
        let t = harness.terminal
        #expect(t.lineDrawingGlyph(x: 0, y: 0) == "┌")
        #expect(t.lineDrawingGlyph(x: 5, y: 0) == "─")
        #expect(t.lineDrawingGlyph(x: 9, y: 3) == "┘")
        #expect(t.lineDrawingGlyph(x: 0, y: 2) == "│")
        // Other non-ASCII becomes '?', and a wide glyph keeps its two columns.
        #expect(t.character(x: 1, y: 1) == "N")
        #expect(t.character(x: 2, y: 1) == "?")
        #expect(t.character(x: 4, y: 1) == "?")
        #expect(t.character(x: 5, y: 1) == " ")
        #expect(t.character(x: 6, y: 1) == "x")
    }

    @Test func aMonochromeTerminalKeepsAttributesAndDropsColours() throws {
        let harness = try Harness(termType: "vt100")
        defer { harness.finish() }
        #expect(!harness.terminal.hasColors)
        var buffer = ScreenBuffer(width: 40, height: 12)
        buffer.put("S", x: 0, y: 0, style: Style(foreground: .red, attributes: .bold))
        harness.terminal.draw(buffer)
        #expect(harness.terminal.style(x: 0, y: 0) == Style(attributes: .bold))
    }

    @Test func anUnknownTerminalTypeIsRefusedWithOneLine() {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[1]) }
        #expect(throws: TerminalError.unknownTerminal(term: "no-such-terminal")) {
            _ = try Terminal.startHeadless(termType: "no-such-terminal", inputFD: fds[0], outputFD: open("/dev/null", O_WRONLY))
        }
        #expect(!TerminalError.unknownTerminal(term: "no-such-terminal").description.contains("\n"))
    }

    @Test func keyDecoderMapsControlCodesLikeTheKeyboard() {
        #expect(KeyDecoder.key(character: 3) == .control("c"))
        #expect(KeyDecoder.key(character: 9) == .tab)
        #expect(KeyDecoder.key(character: 13) == .enter)
        #expect(KeyDecoder.key(character: 27) == .escape)
        #expect(KeyDecoder.key(character: 127) == .backspace)
        #expect(KeyDecoder.key(character: 8) == .backspace)
        #expect(KeyDecoder.key(character: 0x1F) == .control("_"))
        #expect(KeyDecoder.key(character: 0x77) == .character("w"))
        #expect(KeyDecoder.key(character: 0xD800) == nil)
    }
}

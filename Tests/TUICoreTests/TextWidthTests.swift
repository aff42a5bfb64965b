import Testing
@testable import TUICore

/// Column widths: the printable-ASCII shortcut gives what counting grapheme by grapheme gives,
/// and everything else is still counted that way.
@Suite struct TextWidthTests {
    static func slow(_ text: String) -> Int { text.reduce(0) { $0 + TextWidth.of($1) } }

    @Test(arguments: ["", "Aisha Begum", "off sick since 04/12/2026", "back 04/12/2026, interview due", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
                      "Siân Llŷr", "王小明 (Wang Xiaoming)", "tab\there", "bell\u{7}", "del\u{7F}", "e\u{301}", "😀 ok", "\r\n"])
    func aStringTakesAsManyColumnsAsItsGraphemes(_ text: String) {
        #expect(TextWidth.of(text) == Self.slow(text), "\(text.debugDescription)")
    }

    @Test func wideAndZeroWidthCharactersAreNotCountedAsBytes() {
        #expect(TextWidth.of("王小明") == 6)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("a\u{7}b") == 2, "a control character takes no column")
    }
}

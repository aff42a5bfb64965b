import Foundation

/// A name's place in alphabetical order, worked out once per name.
///
/// Sorting thousands of names with `localizedStandardCompare` creates a locale on every
/// comparison (a fifth of opening a 5,000-person store). This key gives the same order for
/// the names a roster holds: case, accents and letter widths are ignored ("Ángel" sorts with
/// "angel", "Siân" with "Sian"), runs of digits compare as numbers ("Bay 2" before "Bay 10"),
/// and the name itself breaks ties so the order is total and stable between runs.
struct NameOrder: Comparable, Sendable {
    let folded: String
    let name: String

    init(_ name: String) {
        self.name = name
        let base = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        folded = Self.padDigitRuns(base)
    }

    static func < (a: NameOrder, b: NameOrder) -> Bool {
        a.folded != b.folded ? a.folded < b.folded : a.name < b.name
    }

    /// Left-pads every run of ASCII digits to a fixed width, so text order is number order.
    static func padDigitRuns(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return text }
        var out = ""
        var digits = ""
        func flush() {
            guard !digits.isEmpty else { return }
            out += String(repeating: "0", count: max(0, 20 - digits.count)) + digits
            digits = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}

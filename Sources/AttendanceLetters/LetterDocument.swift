import Foundation

/// A rendered letter: its blocks, in order. Templates write plain text with two marks, `# `
/// for a heading and `- ` for a bullet; a blank line ends a paragraph, so lines written
/// together (an address, a signature) stay together.
public struct LetterDocument: Hashable, Sendable {
    public let title: String
    public let blocks: [LetterBlock]

    public init(title: String, blocks: [LetterBlock]) {
        self.title = title
        self.blocks = blocks
    }

    /// The blocks of rendered template text. Runs of blank lines (left by sections that
    /// showed nothing) count as one; trailing spaces go.
    public init(title: String, text: String) {
        var blocks: [LetterBlock] = []
        var lines: [String] = []
        func flush() {
            if !lines.isEmpty { blocks.append(.paragraph(lines)) }
            lines = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw.reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
            } else if line.hasPrefix("# ") {
                flush()
                blocks.append(.heading(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)))
            } else if line.hasPrefix("- ") {
                flush()
                blocks.append(.bullet(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)))
            } else {
                lines.append(line)
            }
        }
        flush()
        self.init(title: title, blocks: blocks)
    }

    /// The letter as plain text, for pasting into an e-mail: blocks apart by a blank line
    /// (bullets together), bullets as "- ", each heading on its own line.
    public var plainText: String { text(markingHeadings: false) }

    /// The letter's source text, as kept in the store: headings marked `# `, so it reads
    /// back (`init(title:text:)`) as the same blocks.
    public var markedText: String { text(markingHeadings: true) }

    func text(markingHeadings: Bool) -> String {
        var out: [String] = []
        var previousWasBullet = false
        for block in blocks {
            let isBullet: Bool
            if case .bullet = block { isBullet = true } else { isBullet = false }
            if !out.isEmpty, !(isBullet && previousWasBullet) { out.append("") }
            switch block {
            case .heading(let text): out.append(markingHeadings ? "# " + text : text)
            case .bullet(let text): out.append("- " + text)
            case .paragraph(let lines): out += lines
            }
            previousWasBullet = isBullet
        }
        return out.joined(separator: "\n") + "\n"
    }
}

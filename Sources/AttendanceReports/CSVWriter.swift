import AttendanceStore
/// Encodes a `CSVTable` as RFC 4180 CSV that Excel opens safely.
///
/// - Records end with CRLF (RFC 4180 §2.1), the last one included, so appending files or
///   counting lines never meets a short final record.
/// - A field is quoted when it contains a comma, a double quote, CR or LF, and quotes inside
///   are doubled (§2.6, §2.7); other fields are left bare so the file stays diff-friendly.
/// - The bytes are UTF-8 preceded by a byte order mark: without it Excel on Windows reads
///   the file as the local code page and turns "Siân" into "SiÃ¢n" (field notes §3.8).
/// - Text cells that a spreadsheet would read as a formula are defended (see `defend(_:)`);
///   quoting alone does not stop a formula (OWASP CSV injection).
public struct CSVWriter: Sendable {
    /// The UTF-8 encoding of U+FEFF, which tells Excel the file is UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether `bytes(_:)` starts with the byte order mark (true by default, for Excel).
    public let includesByteOrderMark: Bool

    /// A writer; pass false only for consumers that choke on a BOM.
    public init(includesByteOrderMark: Bool = true) {
        self.includesByteOrderMark = includesByteOrderMark
    }

    /// The whole file as text (header then rows, every record ending CRLF), without the BOM.
    public func text(_ table: CSVTable) -> String {
        var out = CSVWriter.record(table.header.map(CSVCell.text))
        for row in table.rows { out += CSVWriter.record(row) }
        return out
    }

    /// The whole file as UTF-8 bytes, with the BOM first when `includesByteOrderMark`.
    public func bytes(_ table: CSVTable) -> [UInt8] {
        (includesByteOrderMark ? CSVWriter.byteOrderMark : []) + Array(text(table).utf8)
    }

    /// One record: the fields joined by commas, ending with CRLF.
    public static func record(_ cells: [CSVCell]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field: the cell rendered (text defended), then quoted if RFC 4180 requires it.
    public static func field(_ cell: CSVCell) -> String {
        quoteIfNeeded(cell.rendered)
    }

    /// Wraps `raw` in double quotes, doubling the quotes inside, when it contains a comma, a
    /// double quote, CR or LF; returns it unchanged otherwise.
    public static func quoteIfNeeded(_ raw: String) -> String {
        // Unicode scalars, not Characters: in Swift "\r\n" is one Character, which a
        // Character search for "\r" or "\n" would miss.
        let needsQuotes = raw.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return raw }
        var out = "\""
        for scalar in raw.unicodeScalars {
            if scalar == "\"" { out.unicodeScalars.append("\"") }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }

    /// The characters that make a spreadsheet read a cell as a formula (OWASP): `=`, `+`,
    /// `-`, `@`, TAB and CR; LF too, since a line break at the start of a cell is no safer than
    /// a CR and no real name or note needs one.
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

    /// `text` with a single quote in front when it starts with a formula trigger, so that
    /// `=SUM(A1)` shows as the text `=SUM(A1)` instead of running.
    ///
    /// Only text cells are defended: numbers and dates are typed cells written as they are,
    /// so a negative number stays a number. The price is that a text cell such as a phone
    /// number `+44 ...` shows with a leading `'` in tools other than Excel; a readable
    /// apostrophe is better than a cell that runs a formula.
    public static func defend(_ rawText: String) -> String {
        // A control character from stored data is shown as an escape, never written raw.
        let text = TextRules.visible(rawText, keepingCarriageReturns: true)
        guard let first = text.unicodeScalars.first, formulaTriggers.contains(first) else { return text }
        return "'" + text
    }
}

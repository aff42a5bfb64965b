import AttendanceRules

/// One cell of a CSV export, typed so that the writer knows which cells are text to defend
/// against formula injection and which are numbers or dates to write as they are.
///
/// Keeping the type on the cell (rather than guessing from the rendered string) is what lets
/// `-5` stay a number while a name or note starting with `-` or `=` is defended.
public enum CSVCell: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Free text (names, ids, explanations); defended against formula injection.
    case text(String)
    /// A whole number, written in plain decimal digits (a leading `-` when negative).
    case integer(Int)
    /// A decimal number, written with `.` and at most four decimal places, never in exponent
    /// notation (Excel would read `1e-05` as text in some locales).
    case decimal(Double)
    /// A date, written `YYYY-MM-DD`, which Excel and every script read as a date.
    case date(CalendarDay)
    /// An empty cell (a missing end date, a Bradford score the policy does not use).
    case empty

    /// A text cell from a string literal, for tests and headers.
    public init(stringLiteral value: String) { self = .text(value) }

    /// The cell's content before RFC 4180 quoting: text defended, numbers and dates as they are.
    public var rendered: String {
        switch self {
        case .text(let text): CSVWriter.defend(text)
        case .integer(let value): String(value)
        case .decimal(let value): CSVCell.format(value)
        case .date(let day): day.iso
        case .empty: ""
        }
    }

    /// Plain decimal notation rounded to four places, trailing zeros dropped; empty for NaN
    /// and infinities, which no spreadsheet can use.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let scaled = (value * 10_000).rounded()
        guard abs(scaled) < 9e15 else { return String(Int(value.rounded())) }
        let units = Int(scaled)
        let negative = units < 0
        let magnitude = negative ? -units : units
        let whole = magnitude / 10_000
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = negative && magnitude != 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

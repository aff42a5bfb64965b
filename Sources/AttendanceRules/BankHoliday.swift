/// One bank holiday of one nation: the day it is observed on, and where that fact came from.
///
/// A substitute day (a weekday given in place of a holiday that fell on a weekend) carries
/// the title of the holiday it replaces, as GOV.UK lists it ("Boxing Day", notes
/// "Substitute day"); the weekend day itself is not a bank holiday and is not listed.
public struct BankHoliday: Hashable, Sendable {
    /// Where a bank holiday comes from, so reports can say whether a date is official or predicted.
    public enum Origin: Hashable, Sendable {
        /// Listed in an official file; `source` is the name the caller gave that file (e.g. its path).
        case official(source: String)
        /// Computed from the standing rules because no file covers that nation and year.
        case computed
    }

    /// The day the holiday is observed (for a substitute, the substitute day).
    public let date: CalendarDay
    /// The name as GOV.UK spells it, e.g. "New Year’s Day" (with U+2019 apostrophes).
    public let title: String
    /// True when the day replaces a holiday that fell on a weekend.
    public let isSubstitute: Bool
    /// Whether the holiday was read from a file or computed.
    public let origin: Origin

    /// Creates a bank holiday; every field is stored as given.
    public init(date: CalendarDay, title: String, isSubstitute: Bool, origin: Origin) {
        self.date = date
        self.title = title
        self.isSubstitute = isSubstitute
        self.origin = origin
    }
}

extension BankHoliday: CustomStringConvertible {
    /// `YYYY-MM-DD Title`, plus "(substitute day)" when it is one; for messages and logs.
    public var description: String {
        isSubstitute ? "\(date.iso) \(title) (substitute day)" : "\(date.iso) \(title)"
    }
}

/// A bank-holiday file that cannot be used: names the file, where in it the problem is, and
/// what is allowed, so that a user can fix a hand-edited or truncated download without a debugger.
public struct BankHolidayFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name the caller gave the file (usually its path).
    public let sourceName: String
    /// The division key the problem is in (e.g. `scotland`); nil for a whole-file problem.
    public let division: String?
    /// The position of the event in the division's `events` array, counted from 0 as in JSON paths.
    public let eventIndex: Int?
    /// The field at fault (`events`, `division`, `title`, `date`, `notes`, `bunting`); nil for
    /// a problem with a whole division, event or file.
    public let field: String?
    /// What is wrong and what is allowed, e.g. "'2026-02-30' is not a real date: expected YYYY-MM-DD".
    public let problem: String

    /// Creates an error; `problem` should say both what was found and what is allowed.
    public init(sourceName: String, division: String? = nil, eventIndex: Int? = nil, field: String? = nil, problem: String) {
        self.sourceName = sourceName
        self.division = division
        self.eventIndex = eventIndex
        self.field = field
        self.problem = problem
    }

    /// Where the problem is, as a path that `jq` understands, e.g. `.scotland.events[2].date`;
    /// empty for a whole-file problem.
    public var path: String {
        var text = ""
        if let division { text += ".\(division)" }
        if let eventIndex { text += ".events[\(eventIndex)]" }
        if let field { text += ".\(field)" }
        return text
    }

    /// e.g. `data/bank-holidays.json: division 'scotland', events[2], field 'date': '2026-02-30' is not a real date: expected YYYY-MM-DD`.
    public var description: String {
        var location: [String] = []
        if let division { location.append("division '\(division)'") }
        if let eventIndex { location.append("events[\(eventIndex)]") }
        if let field { location.append("field '\(field)'") }
        let prefix = location.isEmpty ? sourceName : "\(sourceName): \(location.joined(separator: ", "))"
        return "\(prefix): \(problem)"
    }
}

import Foundation

/// The official GOV.UK `bank-holidays.json` format (https://www.gov.uk/bank-holidays.json):
/// `{ "<division>": { "division": "...", "events": [ { "title", "date", "notes", "bunting" } ] } }`.
///
/// Read through `parse(_:sourceName:)`, which turns any problem into a `BankHolidayFileError`
/// naming the file, division, event and field. Divisions other than the three `Nation`s are
/// skipped (GOV.UK could add one) but listed in `unknownDivisions`, so that a caller can warn
/// about a typo such as `"england"` in a hand-written override file.
public struct GovUKBankHolidayFile: Decodable, Hashable, Sendable {
    /// One division's block: its name and its events in file order.
    public struct Division: Decodable, Hashable, Sendable {
        /// The division's own name; must equal the key it is stored under.
        public let division: String
        /// The events as listed, in file order.
        public let events: [Event]

        private enum CodingKeys: String, CodingKey { case division, events }

        /// Decodes a division and checks that its `division` field matches its key, because a
        /// block copied under the wrong key would silently give one nation another's holidays.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let name = try container.decode(String.self, forKey: .division)
            if let key = decoder.codingPath.last?.stringValue, key != name {
                throw DecodingError.dataCorruptedError(
                    forKey: .division, in: container,
                    debugDescription: "'\(name)' does not match the key '\(key)' it is stored under: expected \"\(key)\"")
            }
            division = name
            events = try container.decode([Event].self, forKey: .events)
        }
    }

    /// One listed holiday.
    public struct Event: Decodable, Hashable, Sendable {
        /// The holiday's name, e.g. "Christmas Day".
        public let title: String
        /// The day it is observed.
        public let date: CalendarDay
        /// GOV.UK's notes; "Substitute day" marks a substitute, otherwise usually empty.
        public let notes: String?
        /// Whether GOV.UK suggests flying bunting; carried for completeness, not used by the rules.
        public let bunting: Bool?

        /// True when the notes mark this as a substitute day (GOV.UK writes "Substitute day").
        public var isSubstitute: Bool { notes?.lowercased().contains("substitute") ?? false }

        private enum CodingKeys: String, CodingKey { case title, date, notes, bunting }

        /// Decodes an event, rejecting an empty title and a date that is malformed or does not exist.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let title = try container.decode(String.self, forKey: .title)
            guard !title.allSatisfy(\.isWhitespace) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .title, in: container, debugDescription: "is empty: expected the holiday's name")
            }
            let text = try container.decode(String.self, forKey: .date)
            guard let date = CalendarDay(iso: text) else {
                // Tell a wrong shape ("26/12/2026") apart from an impossible date ("2026-02-30").
                let shaped = text.count == 10 && text.enumerated().allSatisfy { offset, character in
                    offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
                }
                let problem = shaped ? "is not a real date" : "is not a date"
                throw DecodingError.dataCorruptedError(
                    forKey: .date, in: container, debugDescription: "'\(text)' \(problem): expected YYYY-MM-DD")
            }
            self.title = title
            self.date = date
            notes = try container.decodeIfPresent(String.self, forKey: .notes)
            bunting = try container.decodeIfPresent(Bool.self, forKey: .bunting)
        }
    }

    /// The divisions the file has for the three nations.
    public let divisions: [Nation: Division]
    /// Keys of divisions that are not a `Nation`, sorted; they were skipped.
    public let unknownDivisions: [String]

    /// Any string key, because the top-level keys are division names that are not fixed.
    private struct DivisionKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes the known divisions; a file with none of them is an error, since it would
    /// otherwise quietly fall back to computed holidays for everything.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DivisionKey.self)
        var divisions: [Nation: Division] = [:]
        var unknown: [String] = []
        for key in container.allKeys {
            if let nation = Nation(rawValue: key.stringValue) {
                divisions[nation] = try container.decode(Division.self, forKey: key)
            } else {
                unknown.append(key.stringValue)
            }
        }
        guard !divisions.isEmpty else {
            let found = unknown.isEmpty ? "it has no divisions" : "found only \(unknown.sorted().joined(separator: ", "))"
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [],
                debugDescription: "no known division (\(found)): expected at least one of \(Nation.allowedIds)",
                underlyingError: NoKnownDivision()))
        }
        self.divisions = divisions
        unknownDivisions = unknown.sorted()
    }

    /// Parses the bytes of a file; `sourceName` (e.g. the path) is only used in error messages
    /// and in the `origin` of the holidays, because this module does no file I/O.
    public static func parse(_ data: Data, sourceName: String) throws(BankHolidayFileError) -> GovUKBankHolidayFile {
        do {
            return try JSONDecoder().decode(GovUKBankHolidayFile.self, from: data)
        } catch let error as DecodingError {
            throw fileError(error, sourceName: sourceName)
        } catch {
            throw BankHolidayFileError(sourceName: sourceName, problem: "cannot be read: \(error)")
        }
    }

    /// The nation's events as bank holidays, sorted by date (file order kept for equal dates);
    /// empty when the file has no block for that nation.
    public func holidays(for nation: Nation, sourceName: String) -> [BankHoliday] {
        guard let events = divisions[nation]?.events else { return [] }
        return events.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map { BankHoliday(date: $0.element.date, title: $0.element.title,
                               isSubstitute: $0.element.isSubstitute, origin: .official(source: sourceName)) }
    }

    /// Turns a decoding error's coding path into division / event / field and says what is allowed there.
    private static func fileError(_ error: DecodingError, sourceName: String) -> BankHolidayFileError {
        let path: [any CodingKey]
        let problem: String
        switch error {
        case .typeMismatch(_, let context):
            path = context.codingPath
            problem = "has the wrong type: expected \(expectation(at: path))"
        case .valueNotFound(_, let context):
            path = context.codingPath
            problem = "is null: expected \(expectation(at: path))"
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
            problem = "is missing: expected \(expectation(at: path))"
        case .dataCorrupted(let context):
            path = context.codingPath
            if path.isEmpty, !(context.underlyingError is NoKnownDivision) {
                // JSONDecoder's only whole-file corruption is a syntax error; Foundation on
                // Linux gives no position, so say what the file must be.
                problem = "is not valid JSON: expected the GOV.UK bank-holidays.json format"
            } else {
                problem = context.debugDescription
            }
        @unknown default:
            path = []
            problem = "cannot be read: \(error)"
        }
        let location = Location(path)
        return BankHolidayFileError(
            sourceName: sourceName, division: location.division, eventIndex: location.eventIndex,
            field: location.field, problem: problem)
    }

    /// What a value at a coding path must look like, for error messages.
    private static func expectation(at path: [any CodingKey]) -> String {
        let location = Location(path)
        switch (location.division, location.eventIndex, location.field) {
        case (nil, _, _):
            return "a JSON object keyed by division (\(Nation.allowedIds))"
        case (_, nil, nil):
            return "an object with \"division\" and \"events\""
        case (let division?, nil, "division"?):
            return "a string, \"\(division)\""
        case (_, nil, "events"?):
            return "an array of events"
        case (_, _?, nil):
            return "an event object with \"title\", \"date\" and optional \"notes\" and \"bunting\""
        case (_, _?, "title"?):
            return "a string, the holiday's name"
        case (_, _?, "date"?):
            return "a date string YYYY-MM-DD"
        case (_, _?, "notes"?):
            return "a string such as \"Substitute day\", or no notes"
        case (_, _?, "bunting"?):
            return "true or false, or no bunting"
        default:
            return "the GOV.UK bank-holidays.json format"
        }
    }

    /// Marks the "no known division" error apart from a JSON syntax error, which also has an empty path.
    private struct NoKnownDivision: Error {}

    /// A coding path read as division key, event index and field name.
    private struct Location {
        var division: String?
        var eventIndex: Int?
        var field: String?

        init(_ path: [any CodingKey]) {
            guard let first = path.first else { return }
            division = first.stringValue
            guard path.count >= 2 else { return }
            if path[1].stringValue == "events", path.count >= 3, let index = path[2].intValue {
                eventIndex = index
                if path.count >= 4 { field = path[3].stringValue }
            } else {
                field = path[1].stringValue
            }
        }
    }
}

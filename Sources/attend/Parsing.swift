import AttendanceRules
import AttendanceStore

/// Parsing of command-line values with messages that say what is allowed.
enum Parsing {
    static func day(_ text: String, option: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text) else {
            throw BadInput("\(option) '\(text)' is not a date; expected YYYY-MM-DD (a real calendar date)")
        }
        return day
    }

    static func optionalDay(_ text: String?, option: String) throws -> CalendarDay? {
        try text.map { try day($0, option: option) }
    }

    static func dateTime(_ text: String, option: String) throws -> LocalDateTime {
        guard let value = LocalDateTime(iso: text) else {
            throw BadInput("\(option) '\(text)' is not a date-time; expected YYYY-MM-DDTHH:MM (UK local time, 24-hour clock)")
        }
        return value
    }

    static func nation(_ text: String) throws -> Nation {
        guard let nation = Nation(rawValue: text) else {
            throw BadInput("--nation '\(text)' is not a nation; expected one of \(Nation.allowedIds)")
        }
        return nation
    }

    /// Refuses free text over its limit or holding a control character, naming the option and
    /// quoting only a short prefix of the value; nothing is saved.
    static func checkText(_ value: String?, option: String, limit: Int, multiline: Bool = false) throws {
        guard let value, let problem = TextRules.problem(value, limit: limit, multiline: multiline) else { return }
        throw BadInput("\(option) \(TextRules.quoted(value)) \(problem); nothing was saved")
    }
}

/// A calendar day with no time and no time zone: the unit of all day arithmetic in attend.
///
/// Days are never derived from a `Date` at midnight UTC (a classic source of off-by-one
/// bugs around BST); they are stored as year, month and day and counted through a
/// proleptic Gregorian day number.
public struct CalendarDay: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (which is day 0); used for arithmetic and ordering. It is the
    /// only stored value, so a day is one word: a 10-year store holds millions of them.
    public let dayNumber: Int

    /// Creates a day, or returns nil when the date does not exist (31 April, 29 February 2023).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDay.daysInMonth(year: year, month: month) else { return nil }
        self.dayNumber = CalendarDay.dayNumber(year: year, month: month, day: day)
    }

    /// Creates the day with the given day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// The year, month and day of the month.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// Parses `YYYY-MM-DD`; nil for any other shape or an impossible date.
    public init?(iso text: some StringProtocol) {
        // Byte by byte: splitting by Character made this a quarter of decoding a store.
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var fields = [0, 0, 0]
        for (field, range) in [(0, 0..<4), (1, 5..<7), (2, 8..<10)] {
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                fields[field] = fields[field] * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        self.init(year: fields[0], month: fields[1], day: fields[2])
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public static func == (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber == rhs.dayNumber }

    public func hash(into hasher: inout Hasher) { hasher.combine(dayNumber) }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4).
        let iso = ((dayNumber % 7) + 7 + 3) % 7 + 1
        return Weekday(rawValue: iso) ?? .monday
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The same day of the month `months` later, clamped to the month's last day
    /// (31 January + 1 month = 28 or 29 February; 29 February + 12 months = 28 February).
    public func adding(months: Int) -> CalendarDay {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        let d = min(day, CalendarDay.daysInMonth(year: y, month: m))
        return CalendarDay(year: y, month: m, day: d) ?? self
    }

    /// Calendar days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    /// The next day.
    public var next: CalendarDay { adding(days: 1) }
    /// The previous day.
    public var previous: CalendarDay { adding(days: -1) }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let (year, month, day) = components
        return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// `dd/mm/yyyy`, the UK display form.
    public var ukDisplay: String {
        let (year, month, day) = components
        return "\(Self.pad(day, 2))/\(Self.pad(month, 2))/\(Self.pad(year, 4))"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension CalendarDay: CustomStringConvertible {
    public var description: String { iso }
}

extension CalendarDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date: expected YYYY-MM-DD (a real calendar date)")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

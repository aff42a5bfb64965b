/// A wall-clock date and time in UK local time (Europe/London), to the minute.
///
/// Meeting times are entered and shown as UK local time. Elapsed clock time between two
/// of them (for "48 hours' notice") goes through `UKClock`, which knows when BST starts and ends.
public struct LocalDateTime: Hashable, Comparable, Sendable {
    public let day: CalendarDay
    /// Minutes since local midnight, 0 ..< 1440.
    public let minuteOfDay: Int

    public init(day: CalendarDay, minuteOfDay: Int) {
        precondition((0..<1440).contains(minuteOfDay), "minuteOfDay out of range")
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    /// Creates a date-time from hour and minute; nil when either is out of range.
    public init?(day: CalendarDay, hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.init(day: day, minuteOfDay: hour * 60 + minute)
    }

    /// Parses `YYYY-MM-DDTHH:MM` (a space instead of `T` is accepted too).
    public init?(iso text: String) {
        let separators: [Character] = ["T", " "]
        guard let sep = text.firstIndex(where: { separators.contains($0) }) else { return nil }
        let datePart = text[..<sep]
        let timePart = text[text.index(after: sep)...]
        guard let day = CalendarDay(iso: datePart) else { return nil }
        let hm = timePart.split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, hm[0].count == 2, hm[1].count == 2,
              let h = Int(hm[0]), let m = Int(hm[1]) else { return nil }
        self.init(day: day, hour: h, minute: m)
    }

    public var hour: Int { minuteOfDay / 60 }
    public var minute: Int { minuteOfDay % 60 }

    /// `YYYY-MM-DDTHH:MM`.
    public var iso: String { "\(day.iso)T\(hhmm)" }

    /// `HH:MM`.
    public var hhmm: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(h):\(m)"
    }

    /// `dd/mm/yyyy HH:MM`, the UK display form.
    public var ukDisplay: String { "\(day.ukDisplay) \(hhmm)" }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.day, lhs.minuteOfDay) < (rhs.day, rhs.minuteOfDay)
    }
}

extension LocalDateTime: CustomStringConvertible {
    public var description: String { iso }
}

extension LocalDateTime: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date-time: expected YYYY-MM-DDTHH:MM (UK local time)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

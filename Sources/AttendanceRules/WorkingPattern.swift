/// The days of the week someone works and the hours on each, used to count their working
/// days and hours (and so to pro-rate triggers for part-time staff).
///
/// JSON: `{"days": ["mon", "wed", "fri"], "hoursPerDay": 7.5}`, optionally with
/// `"hoursByDay": {"fri": 4}` for days that differ from `hoursPerDay` and
/// `"worksBankHolidays": true` for staff whose rota ignores bank holidays (default false).
public struct WorkingPattern: Hashable, Sendable, Codable {
    /// The weekdays worked; never empty.
    public let days: Set<Weekday>
    /// Hours on a worked day unless `hoursByWeekday` says otherwise; in (0, 24].
    public let hoursPerDay: Double
    /// Hours for particular worked weekdays that differ from `hoursPerDay`; each in (0, 24].
    public let hoursByWeekday: [Weekday: Double]
    /// True when bank holidays on worked weekdays are working days for this person.
    public let worksBankHolidays: Bool

    /// Monday to Friday, 7.5 hours a day (37.5 a week), bank holidays off: a neutral default
    /// for the organisation's pattern when a policy does not give one. 7.5 hours is the common
    /// UK full-time day; only ratios between patterns matter for pro-rating, so an organisation
    /// with other hours should state them rather than rely on this.
    public static let mondayToFriday = WorkingPattern(
        checkedDays: [.monday, .tuesday, .wednesday, .thursday, .friday],
        hoursPerDay: 7.5, hoursByWeekday: [:], worksBankHolidays: false)

    /// Creates a pattern; throws when no day is worked, hours are not in (0, 24], or
    /// hours are given for a day not worked.
    public init(days: Set<Weekday>, hoursPerDay: Double, hoursByWeekday: [Weekday: Double] = [:],
                worksBankHolidays: Bool = false) throws(WorkingPatternError) {
        guard !days.isEmpty else { throw .noDays }
        guard Self.isValidHours(hoursPerDay) else { throw .hoursOutOfRange(hours: hoursPerDay, weekday: nil) }
        for weekday in hoursByWeekday.keys.sorted() {
            guard days.contains(weekday) else { throw .hoursForDayNotWorked(weekday) }
            let hours = hoursByWeekday[weekday] ?? hoursPerDay
            guard Self.isValidHours(hours) else { throw .hoursOutOfRange(hours: hours, weekday: weekday) }
        }
        self.init(checkedDays: days, hoursPerDay: hoursPerDay, hoursByWeekday: hoursByWeekday,
                  worksBankHolidays: worksBankHolidays)
    }

    /// Stores values already validated (or known valid, as for `mondayToFriday`).
    private init(checkedDays: Set<Weekday>, hoursPerDay: Double, hoursByWeekday: [Weekday: Double],
                 worksBankHolidays: Bool) {
        days = checkedDays
        self.hoursPerDay = hoursPerDay
        self.hoursByWeekday = hoursByWeekday
        self.worksBankHolidays = worksBankHolidays
    }

    /// The days worked, Monday first.
    public var sortedDays: [Weekday] { days.sorted() }

    /// Whether the weekday is worked.
    public func works(on weekday: Weekday) -> Bool { days.contains(weekday) }

    /// Hours on the weekday: 0 when it is not worked.
    public func hours(on weekday: Weekday) -> Double {
        guard days.contains(weekday) else { return 0 }
        return hoursByWeekday[weekday] ?? hoursPerDay
    }

    /// Hours in a full week with no holidays, e.g. 37.5 for `mondayToFriday`.
    public var weeklyHours: Double { Weekday.allCases.reduce(0) { $0 + hours(on: $1) } }

    /// True when this pattern has fewer days, or fewer weekly hours, than the organisation's
    /// (Mon/Wed/Fri 7.5 h against Mon–Fri 7.5 h: fewer days; Mon–Fri 6 h: fewer hours).
    /// Four long days adding up to the same weekly hours still count as part-time, because
    /// day-based triggers are what get pro-rated.
    public func isPartTime(relativeTo organisation: WorkingPattern) -> Bool {
        // The tolerance absorbs rounding from summing per-day hours such as 7.4 * 5.
        days.count < organisation.days.count || weeklyHours < organisation.weeklyHours - 1e-9
    }

    /// Hours are valid when more than 0 and at most 24 (NaN is not).
    private static func isValidHours(_ hours: Double) -> Bool { hours > 0 && hours <= 24 }

    private enum CodingKeys: String, CodingKey { case days, hoursPerDay, hoursByDay, worksBankHolidays }

    /// Decodes `days`, `hoursPerDay` and the optional `hoursByDay` and `worksBankHolidays`,
    /// reporting a rule violation against the field at fault.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let list = try container.decode([Weekday].self, forKey: .days)
        var days = Set<Weekday>()
        for weekday in list where !days.insert(weekday).inserted {
            throw DecodingError.dataCorruptedError(
                forKey: .days, in: container, debugDescription: WorkingPatternError.duplicateDay(weekday).description)
        }
        let hoursPerDay = try container.decode(Double.self, forKey: .hoursPerDay)
        var hoursByWeekday: [Weekday: Double] = [:]
        for (key, hours) in try container.decodeIfPresent([String: Double].self, forKey: .hoursByDay) ?? [:] {
            guard let weekday = Weekday(id: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .hoursByDay, in: container,
                    debugDescription: "'\(key)' is not a weekday: expected one of mon, tue, wed, thu, fri, sat, sun")
            }
            hoursByWeekday[weekday] = hours
        }
        let worksBankHolidays = try container.decodeIfPresent(Bool.self, forKey: .worksBankHolidays) ?? false
        do {
            try self.init(days: days, hoursPerDay: hoursPerDay, hoursByWeekday: hoursByWeekday,
                          worksBankHolidays: worksBankHolidays)
        } catch {
            let key: CodingKeys = switch error {
            case .noDays, .duplicateDay: .days
            case .hoursOutOfRange(_, nil): .hoursPerDay
            case .hoursOutOfRange, .hoursForDayNotWorked: .hoursByDay
            }
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: error.description)
        }
    }

    /// Encodes the days Monday first, `hoursByDay` only when some day differs, and
    /// `worksBankHolidays` only when true, so the plain form stays `{"days", "hoursPerDay"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sortedDays, forKey: .days)
        try container.encode(hoursPerDay, forKey: .hoursPerDay)
        if !hoursByWeekday.isEmpty {
            let byId = Dictionary(uniqueKeysWithValues: hoursByWeekday.map { ($0.key.id, $0.value) })
            try container.encode(byId, forKey: .hoursByDay)
        }
        if worksBankHolidays { try container.encode(true, forKey: .worksBankHolidays) }
    }
}

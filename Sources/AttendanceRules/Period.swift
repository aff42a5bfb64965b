/// An amount of time in a policy rule, e.g. `{"amount": 5, "unit": "workingDays"}`.
public struct Period: Codable, Hashable, Sendable {
    public let amount: Int
    public let unit: PeriodUnit

    public init(_ amount: Int, _ unit: PeriodUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// A short English rendering: "5 working days", "48 hours", "6 months".
    public var text: String {
        let word: String
        switch unit {
        case .hours: word = amount == 1 ? "hour" : "hours"
        case .calendarDays: word = amount == 1 ? "calendar day" : "calendar days"
        case .workingDays: word = amount == 1 ? "working day" : "working days"
        case .weeks: word = amount == 1 ? "week" : "weeks"
        case .months: word = amount == 1 ? "month" : "months"
        case .years: word = amount == 1 ? "year" : "years"
        }
        return "\(amount) \(word)"
    }

    /// The day this period after `day`, for calendar units (weeks, months, years, calendar days).
    /// Returns nil for hours and working days, which need a clock or a working calendar.
    public func calendarEnd(from day: CalendarDay) -> CalendarDay? {
        switch unit {
        case .calendarDays: day.adding(days: amount)
        case .weeks: day.adding(days: amount * 7)
        case .months: day.adding(months: amount)
        case .years: day.adding(months: amount * 12)
        case .hours, .workingDays: nil
        }
    }
}

import AttendanceRules
import Testing

@Suite struct CalendarDayTests {
    private func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarDay {
        try #require(CalendarDay(iso: iso), "test date \(iso) does not parse", sourceLocation: sourceLocation)
    }

    @Test(arguments: ["2023-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "1900-02-29",
                      "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01T00:00", "", "abcd-ef-gh",
                      "２０２６-01-01", "2026-01-01 ", " 2026-01-01", "0000-01-01", "2026-+1-01", "2026-01-0١"])
    func impossibleOrMalformedDatesAreRejected(text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test func everyDayFrom1900To2300RoundTripsThroughItsComponentsAndISOText() throws {
        let first = try day("1900-01-01").dayNumber, last = try day("2300-12-31").dayNumber
        var previous: (year: Int, month: Int, day: Int)?
        for number in first...last {
            let day = CalendarDay(dayNumber: number)
            let parts = day.components
            #expect(CalendarDay(year: parts.year, month: parts.month, day: parts.day)?.dayNumber == number)
            #expect(CalendarDay(iso: day.iso) == day)
            if let previous {
                // Consecutive day numbers are consecutive dates.
                let sameMonth = parts.year == previous.year && parts.month == previous.month && parts.day == previous.day + 1
                let newMonth = parts.day == 1 && (parts.month == previous.month % 12 + 1)
                #expect(sameMonth || newMonth, "\(day.iso) does not follow \(previous)")
            }
            previous = parts
        }
    }

    @Test func impossibleDatesAreRejectedFromComponents() {
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2026, month: 13, day: 1) == nil)
    }

    @Test func leapDaysAreAccepted() throws {
        let leap = try day("2024-02-29")
        #expect((leap.year, leap.month, leap.day) == (2024, 2, 29))
        #expect(CalendarDay(iso: "2000-02-29") != nil)  // divisible by 400
        #expect(CalendarDay(iso: "2028-02-29") != nil)
    }

    @Test(arguments: [
        ("1970-01-01", Weekday.thursday), ("1969-12-31", .wednesday), ("2000-01-01", .saturday),
        ("2024-02-29", .thursday), ("2026-12-25", .friday), ("2027-01-02", .saturday),
        ("2026-03-29", .sunday), ("1900-01-01", .monday), ("2300-12-25", .tuesday),
    ])
    func weekdayOfKnownDates(iso: String, weekday: Weekday) throws {
        #expect(try day(iso).weekday == weekday)
    }

    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"), ("2025-01-31", 1, "2025-02-28"),
        ("2024-03-31", -1, "2024-02-29"), ("2026-08-31", 1, "2026-09-30"), ("2026-01-15", -13, "2024-12-15"),
        ("2026-05-10", 0, "2026-05-10"),
    ])
    func addingMonthsClampsToTheEndOfTheMonth(start: String, months: Int, expected: String) throws {
        #expect(try day(start).adding(months: months) == day(expected))
    }

    @Test func knownDayNumbers() throws {
        #expect(try day("1970-01-01").dayNumber == 0)
        #expect(try day("2000-01-01").dayNumber == 10_957)
        #expect(try day("1969-12-31").dayNumber == -1)
    }

    @Test func dayNumbersRoundTripDayByDayFrom1600To2400() throws {
        let first = try day("1600-01-01").dayNumber
        let last = try day("2400-12-31").dayNumber
        var previous = CalendarDay(dayNumber: first - 1)
        var failures: [Int] = []
        for number in first...last {
            let current = CalendarDay(dayNumber: number)
            let rebuilt = CalendarDay(year: current.year, month: current.month, day: current.day)
            let continues = current.month == previous.month
                ? current.day == previous.day + 1
                : current.day == 1 && previous.day == CalendarDay.daysInMonth(year: previous.year, month: previous.month)
            if rebuilt?.dayNumber != number || !continues
                || current.weekday.rawValue != previous.weekday.rawValue % 7 + 1 {
                failures.append(number)
            }
            previous = current
        }
        #expect(failures.isEmpty)
    }

    @Test func dayNumbersRoundTripAcrossTheWholeSupportedRange() throws {
        let first = try day("0001-01-01").dayNumber
        let last = try day("9999-12-31").dayNumber
        let failures = stride(from: first, through: last, by: 97).filter { number in
            CalendarDay(iso: CalendarDay(dayNumber: number).iso)?.dayNumber != number
        }
        #expect(failures.isEmpty)
        #expect(CalendarDay(dayNumber: last).iso == "9999-12-31")
        #expect(CalendarDay(dayNumber: first).iso == "0001-01-01")
    }

    @Test func clocksGoingForwardMakeTheWeekendAnHourShorter() throws {
        // BST starts at 01:00 UTC on Sunday 29 March 2026.
        let from = try #require(LocalDateTime(iso: "2026-03-28T10:00"))
        let to = try #require(LocalDateTime(iso: "2026-03-30T10:00"))
        #expect(UKClock.elapsedMinutes(from: from, to: to) == 47 * 60)
    }

    @Test func clocksGoingBackMakeTheWeekendAnHourLonger() throws {
        // BST ends at 01:00 UTC on Sunday 25 October 2026.
        let from = try #require(LocalDateTime(iso: "2026-10-24T10:00"))
        let to = try #require(LocalDateTime(iso: "2026-10-26T10:00"))
        #expect(UKClock.elapsedMinutes(from: from, to: to) == 49 * 60)
    }
}

import AttendanceData
import AttendanceRules
import Foundation
import Testing

/// Expected values are worked out by hand from the calendar and the shipped GOV.UK file:
/// December 2026: Thu 17, Fri 18, Mon 21 ... Thu 24, Fri 25 Christmas, Sat 26, Sun 27,
/// Mon 28 Boxing Day substitute (all nations), Tue 29, Wed 30, Thu 31; January 2027: Fri 1
/// New Year's Day, Sat 2, Sun 3, Mon 4 (Scotland: 2nd January substitute).
/// Easter 2026: Good Friday 3 April, Easter Monday 6 April (not in Scotland).
/// Easter 2027: Good Friday 26 March, Easter Monday 29 March (not in Scotland).
@Suite struct WorkingCalendarTests {
    private func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarDay {
        try #require(CalendarDay(iso: iso), "test date \(iso) does not parse", sourceLocation: sourceLocation)
    }

    private func holidays() throws -> BankHolidayCalendar {
        try BankHolidayCalendar(files: [(sourceName: "data/bank-holidays.json", data: ShippedData.bankHolidaysJSON())])
    }

    private func organisation(_ nation: Nation) throws -> WorkingCalendar {
        try WorkingCalendar.organisation(nation: nation, holidays: holidays())
    }

    private func employee(_ days: Set<Weekday>, worksBankHolidays: Bool = false, _ nation: Nation = .englandAndWales) throws -> WorkingCalendar {
        try WorkingCalendar(pattern: WorkingPattern(days: days, hoursPerDay: 7.5, worksBankHolidays: worksBankHolidays),
                            nation: nation, holidays: holidays())
    }

    @Test func christmas2026IsNotWorkedButChristmasEveIs() throws {
        let calendar = try organisation(.englandAndWales)
        #expect(try calendar.isWorkingDay(day("2026-12-24")))
        #expect(try !calendar.isWorkingDay(day("2026-12-25")))
        #expect(try !calendar.isWorkingDay(day("2026-12-26")))
        #expect(try !calendar.isWorkingDay(day("2026-12-28")))
        #expect(try calendar.isWorkingDay(day("2026-12-29")))
    }

    @Test(arguments: [(Nation.englandAndWales, 8), (.northernIreland, 8), (.scotland, 7)])
    func workingDaysAcrossChristmas2026(nation: Nation, expected: Int) throws {
        // 21, 22, 23, 24, 29, 30, 31 December and 4 January, except that 4 January is
        // Scotland's 2nd January substitute (2 January 2027 is a Saturday).
        #expect(try organisation(nation).workingDays(from: day("2026-12-21"), through: day("2027-01-04")) == expected)
    }

    @Test(arguments: [(Nation.englandAndWales, 8), (.scotland, 9)])
    func workingDaysAcrossEaster2027(nation: Nation, expected: Int) throws {
        // Ten weekdays from Mon 22 March to Fri 2 April, less Good Friday and (not in Scotland) Easter Monday.
        #expect(try organisation(nation).workingDays(from: day("2027-03-22"), through: day("2027-04-02")) == expected)
    }

    @Test func workingDaysIncludesBothEndsAndIsZeroWhenReversed() throws {
        let calendar = try organisation(.englandAndWales)
        #expect(try calendar.workingDays(from: day("2026-12-24"), through: day("2026-12-24")) == 1)
        #expect(try calendar.workingDays(from: day("2026-12-25"), through: day("2026-12-25")) == 0)
        #expect(try calendar.workingDays(from: day("2026-12-29"), through: day("2026-12-24")) == 0)
        // 2026 has 261 weekdays and 8 England and Wales bank holidays, all on weekdays.
        #expect(try calendar.workingDays(from: day("2026-01-01"), through: day("2026-12-31")) == 253)
    }

    @Test func addingWorkingDaysAcrossEaster2026() throws {
        let englandAndWales = try organisation(.englandAndWales)
        let scotland = try organisation(.scotland)
        // From Thu 2 April: Fri 3 Good Friday, weekend, Mon 6 Easter Monday (not in Scotland).
        #expect(try englandAndWales.adding(workingDays: 1, to: day("2026-04-02")) == day("2026-04-07"))
        #expect(try scotland.adding(workingDays: 1, to: day("2026-04-02")) == day("2026-04-06"))
        // From Tue 31 March: 1, 2, 7, 8, 9 April (E&W); 1, 2, 6, 7, 8 April (Scotland).
        #expect(try englandAndWales.adding(workingDays: 5, to: day("2026-03-31")) == day("2026-04-09"))
        #expect(try scotland.adding(workingDays: 5, to: day("2026-03-31")) == day("2026-04-08"))
        // Backwards.
        #expect(try englandAndWales.adding(workingDays: -1, to: day("2026-04-07")) == day("2026-04-02"))
        #expect(try scotland.adding(workingDays: -1, to: day("2026-04-07")) == day("2026-04-06"))
        #expect(try englandAndWales.adding(workingDays: -5, to: day("2026-04-09")) == day("2026-03-31"))
        // Zero returns the day itself, even a bank holiday.
        #expect(try englandAndWales.adding(workingDays: 0, to: day("2026-04-03")) == day("2026-04-03"))
    }

    @Test func addingManyWorkingDaysJumpsWholeWeeksCorrectly() throws {
        let calendar = try organisation(.englandAndWales)
        // 2026 has 253 working days in England and Wales; the 253rd after 31 December 2025 is 31 December 2026.
        #expect(try calendar.adding(workingDays: 253, to: day("2025-12-31")) == day("2026-12-31"))
        #expect(try calendar.adding(workingDays: -253, to: day("2027-01-01")) == day("2026-01-02"))
    }

    @Test func leapDay2028IsAnOrdinaryWorkingDay() throws {
        // 2028 is computed (no file covers it); 29 February 2028 is a Tuesday.
        let calendar = try organisation(.englandAndWales)
        #expect(try calendar.isWorkingDay(day("2028-02-29")))
        #expect(try calendar.workingDays(from: day("2028-02-01"), through: day("2028-02-29")) == 21)
        #expect(try calendar.adding(workingDays: 1, to: day("2028-02-28")) == day("2028-02-29"))
        #expect(try calendar.adding(workingDays: 1, to: day("2028-02-29")) == day("2028-03-01"))
        #expect(try calendar.adding(workingDays: 21, to: day("2028-01-31")) == day("2028-02-29"))
    }

    @Test func partTimeMondayWednesdayFridayCounts() throws {
        // December 2026: Mondays 7, 14, 21, 28; Wednesdays 2, 9, 16, 23, 30; Fridays 4, 11, 18, 25 → 13,
        // less Fri 25 (Christmas) and Mon 28 (Boxing Day substitute) → 11.
        let calendar = try employee([.monday, .wednesday, .friday])
        #expect(try calendar.workingDays(from: day("2026-12-01"), through: day("2026-12-31")) == 11)
        #expect(try employee([.monday, .wednesday, .friday], worksBankHolidays: true)
            .workingDays(from: day("2026-12-01"), through: day("2026-12-31")) == 13)
        #expect(try employee([.tuesday, .thursday]).workingDays(from: day("2026-12-01"), through: day("2026-12-31")) == 10)
        #expect(try calendar.adding(workingDays: 1, to: day("2026-12-23")) == day("2026-12-30"))
        #expect(try calendar.adding(workingDays: -1, to: day("2026-12-30")) == day("2026-12-23"))
        #expect(try calendar.nextWorkingDay(after: day("2026-12-24")) == day("2026-12-30"))
        #expect(try !calendar.isWorkingDay(day("2026-12-22")))
    }

    @Test func bankHolidaysDoNotTouchWeekendWorkersOrThoseWhoWorkThem() throws {
        // Saturdays 26 Dec and 2 Jan, Sundays 27 Dec and 3 Jan.
        #expect(try employee([.saturday, .sunday]).workingDays(from: day("2026-12-21"), through: day("2027-01-04")) == 4)
        // Every weekday from 21 December to 4 January: 21–25, 28–31, 1 and 4.
        let weekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
        #expect(try employee(weekdays, worksBankHolidays: true)
            .workingDays(from: day("2026-12-21"), through: day("2027-01-04")) == 11)
    }

    @Test func clearWorkingDaysCountOnlyDaysStrictlyBetween() throws {
        let calendar = try organisation(.englandAndWales)
        // 18, 21, 22, 23, 24 December.
        #expect(try calendar.clearWorkingDays(between: day("2026-12-17"), and: day("2026-12-29")) == 5)
        #expect(try calendar.clearWorkingDays(between: day("2026-12-29"), and: day("2026-12-17")) == 5)
        #expect(try calendar.clearWorkingDays(between: day("2026-12-17"), and: day("2026-12-28")) == 5)
        #expect(try calendar.clearWorkingDays(between: day("2026-12-17"), and: day("2026-12-21")) == 1)
        #expect(try calendar.clearWorkingDays(between: day("2026-12-17"), and: day("2026-12-18")) == 0)
        #expect(try calendar.clearWorkingDays(between: day("2026-12-17"), and: day("2026-12-17")) == 0)
        // Between Thu 31 Dec and Wed 6 Jan: Mon 4 and Tue 5, but 4 January is a Scottish bank holiday.
        #expect(try calendar.clearWorkingDays(between: day("2026-12-31"), and: day("2027-01-06")) == 2)
        #expect(try organisation(.scotland).clearWorkingDays(between: day("2026-12-31"), and: day("2027-01-06")) == 1)
    }

    @Test(arguments: Nation.allCases)
    func fiveClearWorkingDaysNoticeOverChristmas2026(nation: Nation) throws {
        // Received Thu 17 December: clear days 18, 21, 22, 23, 24; then 25 (Christmas), 26, 27 and
        // 28 (Boxing Day substitute, as 26 December 2026 is a Saturday) are not working days.
        let calendar = try organisation(nation)
        let earliest = try calendar.earliestDayAfterClearWorkingDays(5, from: day("2026-12-17"))
        #expect(earliest == (try day("2026-12-29")))
        #expect(calendar.clearWorkingDays(between: try day("2026-12-17"), and: earliest) >= 5)
    }

    @Test func earliestDayAfterClearWorkingDaysAroundEaster2027() throws {
        // Received Wed 24 March 2027, 2 clear days: Thu 25, then Tue 30 (E&W) or Mon 29 (Scotland).
        #expect(try organisation(.englandAndWales).earliestDayAfterClearWorkingDays(2, from: day("2027-03-24")) == day("2027-03-31"))
        #expect(try organisation(.scotland).earliestDayAfterClearWorkingDays(2, from: day("2027-03-24")) == day("2027-03-30"))
    }

    @Test func earliestDayAfterClearWorkingDaysEdgeCases() throws {
        let calendar = try organisation(.englandAndWales)
        // Received Mon 14 December: 15, 16, 17, 18, 21 clear → Tue 22.
        #expect(try calendar.earliestDayAfterClearWorkingDays(5, from: day("2026-12-14")) == day("2026-12-22"))
        // One clear day after Thu 24 December: 29 is clear, so Wed 30.
        #expect(try calendar.earliestDayAfterClearWorkingDays(1, from: day("2026-12-24")) == day("2026-12-30"))
        // No notice: the same day if it is a working day, else the next one.
        #expect(try calendar.earliestDayAfterClearWorkingDays(0, from: day("2026-12-24")) == day("2026-12-24"))
        #expect(try calendar.earliestDayAfterClearWorkingDays(0, from: day("2026-12-25")) == day("2026-12-29"))
        // Received on a Saturday: 21, 22, 23, 24, 29 clear → Wed 30.
        #expect(try calendar.earliestDayAfterClearWorkingDays(5, from: day("2026-12-19")) == day("2026-12-30"))
    }

    @Test func latestDayForPapersBeforeAHearing() throws {
        // Hearing Wed 30 December: 29, 24, 23, 22, 21 counted back → Mon 21 December.
        let calendar = try organisation(.englandAndWales)
        #expect(try calendar.latestDay(5, workingDaysBefore: day("2026-12-30")) == day("2026-12-21"))
        #expect(try calendar.latestDay(1, workingDaysBefore: day("2026-12-29")) == day("2026-12-24"))
        #expect(try calendar.latestDay(0, workingDaysBefore: day("2026-12-29")) == day("2026-12-29"))
    }

    @Test func nextWorkingDay() throws {
        let calendar = try organisation(.englandAndWales)
        #expect(try calendar.nextWorkingDay(onOrAfter: day("2026-12-24")) == day("2026-12-24"))
        #expect(try calendar.nextWorkingDay(onOrAfter: day("2026-12-25")) == day("2026-12-29"))
        #expect(try calendar.nextWorkingDay(after: day("2026-12-24")) == day("2026-12-29"))
        #expect(try calendar.nextWorkingDay(after: day("2026-12-31")) == day("2027-01-04"))
        #expect(try organisation(.scotland).nextWorkingDay(after: day("2026-12-31")) == day("2027-01-05"))
    }

    @Test(arguments: [Nation.englandAndWales, .scotland])
    func countingAndAddingAgreeWithADayByDayWalk(nation: Nation) throws {
        // Self-consistency over ranges that cross the file's end (2027) and the edges of the
        // precomputed years (1970 and 2200), for a full-time and a part-time pattern.
        var failures: [String] = []
        for calendar in [try organisation(nation), try employee([.monday, .thursday], nation)] {
            for start in ["1969-11-20", "2026-11-02", "2027-12-01", "2200-11-15"] {
                let first = try day(start)
                var walked = 0
                var current = first
                for length in 1...120 {
                    current = first.adding(days: length)
                    if calendar.isWorkingDay(current) { walked += 1 }
                    if calendar.workingDays(from: first.next, through: current) != walked {
                        failures.append("workingDays \(first)...\(current)")
                    }
                    if walked > 0, calendar.isWorkingDay(current),
                       calendar.adding(workingDays: walked, to: first) != current
                        || calendar.adding(workingDays: -walked, to: current.next) != calendar.nextWorkingDay(onOrAfter: first.next) {
                        failures.append("adding \(walked) to \(first)")
                    }
                }
            }
        }
        #expect(failures.isEmpty)
    }
}

/// The bank holidays a nation has in a year under the standing rules, for years that no
/// official file covers.
///
/// The rules are today's (Banking and Financial Dealings Act 1971 plus the proclamations that
/// are now routine) applied to any year: they are not historical (the Early May bank holiday,
/// for instance, only exists from 1978) and they cannot know one-off holidays (jubilees,
/// state funerals) or moved ones (VE Day 2020). That is why official files win where they exist.
public enum StatutoryBankHolidays {
    /// A holiday before substitution: the date it falls on and the title GOV.UK gives it.
    private struct Fixed {
        let date: CalendarDay
        let title: String
    }

    /// The holidays of `nation` in `year`, sorted by date, all with origin `.computed`.
    ///
    /// A fixed-date holiday (1 and 2 January, 17 March, 12 July, 30 November, 25 and 26
    /// December) that falls on a Saturday or Sunday is replaced by the next weekday that is not
    /// already a holiday, taking the fixed-date holidays in date order: Christmas on Sunday with
    /// Boxing Day on Monday gives a substitute on Tuesday 27 December; in Scotland 1 January on
    /// Saturday and 2 January on Sunday give Monday 3 and Tuesday 4 January. Years outside
    /// 1...9999 (the range of `CalendarDay`) have none.
    public static func holidays(in year: Int, nation: Nation) -> [BankHoliday] {
        guard (1...9999).contains(year) else { return [] }
        let easter = easterSunday(year: year)

        // Holidays tied to Easter or to a Monday are always weekdays.
        var weekdayHolidays: [Fixed] = [Fixed(date: easter.adding(days: -2), title: "Good Friday")]
        if nation != .scotland {
            weekdayHolidays.append(Fixed(date: easter.adding(days: 1), title: "Easter Monday"))
        }
        weekdayHolidays.append(Fixed(date: firstMonday(year: year, month: 5), title: "Early May bank holiday"))
        weekdayHolidays.append(Fixed(date: lastMonday(year: year, month: 5), title: "Spring bank holiday"))
        let summer = nation == .scotland ? firstMonday(year: year, month: 8) : lastMonday(year: year, month: 8)
        weekdayHolidays.append(Fixed(date: summer, title: "Summer bank holiday"))

        // Fixed-date holidays, in date order (the order substitutes are handed out in).
        var fixedDates: [Fixed] = [Fixed(date: day(year, 1, 1), title: "New Year’s Day")]
        switch nation {
        case .englandAndWales:
            break
        case .scotland:
            fixedDates.append(Fixed(date: day(year, 1, 2), title: "2nd January"))
            fixedDates.append(Fixed(date: day(year, 11, 30), title: "St Andrew’s Day"))
        case .northernIreland:
            fixedDates.append(Fixed(date: day(year, 3, 17), title: "St Patrick’s Day"))
            fixedDates.append(Fixed(date: day(year, 7, 12), title: "Battle of the Boyne (Orangemen’s Day)"))
        }
        fixedDates.append(Fixed(date: day(year, 12, 25), title: "Christmas Day"))
        fixedDates.append(Fixed(date: day(year, 12, 26), title: "Boxing Day"))

        // In Scotland, when 1 January is a Sunday, GOV.UK (and the 1971 Act's Scottish schedule)
        // give New Year's Day to Monday 2 January and move "2nd January" to Tuesday 3 January
        // (file: 2023-01-02/03), whereas in England and Wales a Sunday Christmas leaves Boxing
        // Day on Monday 26 December and moves Christmas to the 27th (file: 2022-12-26/27).
        let displacedSecondOfJanuary = nation == .scotland && day(year, 1, 1).weekday == .sunday
        func needsSubstitute(_ holiday: Fixed) -> Bool {
            isWeekend(holiday.date)
                || (displacedSecondOfJanuary && holiday.date.month == 1 && holiday.date.day == 2)
        }

        var taken = Set(weekdayHolidays.map(\.date.dayNumber))
        for holiday in fixedDates where !needsSubstitute(holiday) { taken.insert(holiday.date.dayNumber) }

        var result = weekdayHolidays.map {
            BankHoliday(date: $0.date, title: $0.title, isSubstitute: false, origin: .computed)
        }
        for holiday in fixedDates {
            guard needsSubstitute(holiday) else {
                result.append(BankHoliday(date: holiday.date, title: holiday.title, isSubstitute: false, origin: .computed))
                continue
            }
            var substitute = holiday.date.next
            while isWeekend(substitute) || taken.contains(substitute.dayNumber) { substitute = substitute.next }
            taken.insert(substitute.dayNumber)
            result.append(BankHoliday(date: substitute, title: holiday.title, isSubstitute: true, origin: .computed))
        }
        return result.sorted { $0.date < $1.date }
    }

    /// Easter Sunday in the Gregorian calendar, by the anonymous (Meeus/Jones/Butcher) computus;
    /// e.g. 2024 → 2024-03-31, 2038 → 2038-04-25 (latest possible), 2285 → 2285-03-22 (earliest).
    public static func easterSunday(year: Int) -> CalendarDay {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let dayOfMonth = (h + l - 7 * m + 114) % 31 + 1
        return day(year, month, dayOfMonth)
    }

    /// A day known to exist; built from the day number so no optional has to be unwrapped.
    private static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> CalendarDay {
        CalendarDay(dayNumber: CalendarDay.dayNumber(year: year, month: month, day: dayOfMonth))
    }

    /// Saturday or Sunday.
    private static func isWeekend(_ date: CalendarDay) -> Bool {
        date.weekday == .saturday || date.weekday == .sunday
    }

    /// The first Monday of a month.
    private static func firstMonday(year: Int, month: Int) -> CalendarDay {
        let first = day(year, month, 1)
        return first.adding(days: (8 - first.weekday.rawValue) % 7)
    }

    /// The last Monday of a month.
    private static func lastMonday(year: Int, month: Int) -> CalendarDay {
        let last = day(year, month, CalendarDay.daysInMonth(year: year, month: month))
        return last.adding(days: -(last.weekday.rawValue - 1))
    }
}

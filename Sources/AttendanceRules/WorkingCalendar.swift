/// Which days are working days for a pattern in a nation: the pattern's weekdays, less the
/// nation's bank holidays unless the pattern `worksBankHolidays`.
///
/// The organisation's calendar (`organisation(nation:holidays:)`, Monday to Friday less bank
/// holidays) is what notice periods ("5 working days' notice") are counted on; an employee's
/// calendar, on their own pattern, is what their absences are counted on.
/// Examples below are for England and Wales with the shipped GOV.UK file, where Christmas
/// 2026 is Friday 25 December and the Boxing Day substitute is Monday 28 December.
public struct WorkingCalendar: Sendable {
    /// The weekdays worked and whether bank holidays are worked.
    public let pattern: WorkingPattern
    /// The nation whose bank holidays apply.
    public let nation: Nation
    /// The bank holidays.
    public let holidays: BankHolidayCalendar
    /// Bit `weekday.rawValue` set for each weekday worked, so the hot path avoids hashing.
    private let dayMask: UInt8

    /// A calendar for the pattern in the nation.
    public init(pattern: WorkingPattern, nation: Nation, holidays: BankHolidayCalendar) {
        self.pattern = pattern
        self.nation = nation
        self.holidays = holidays
        dayMask = pattern.days.reduce(0) { $0 | (1 << UInt8($1.rawValue)) }
    }

    /// The organisation's calendar: Monday to Friday (`WorkingPattern.mondayToFriday`) less the
    /// nation's bank holidays; notice periods in working days are counted on it.
    public static func organisation(nation: Nation, holidays: BankHolidayCalendar) -> WorkingCalendar {
        WorkingCalendar(pattern: .mondayToFriday, nation: nation, holidays: holidays)
    }

    /// Whether `day` is a working day: a weekday of the pattern and not a bank holiday (unless
    /// the pattern works bank holidays). E.g. Thu 2026-12-24 → true; Fri 2026-12-25 (Christmas)
    /// → false; Sat 2026-12-26 → false; Mon 2026-12-28 (Boxing Day substitute) → false.
    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        guard worksWeekday(ofDayNumber: day.dayNumber) else { return false }
        return pattern.worksBankHolidays || !holidays.isBankHoliday(day, nation: nation)
    }

    /// Whether `day` is a bank holiday in this calendar's nation, whatever the pattern; e.g.
    /// Mon 2026-12-28 → true (Boxing Day substitute), Sat 2026-12-26 → false.
    public func isBankHoliday(_ day: CalendarDay) -> Bool {
        holidays.isBankHoliday(day, nation: nation)
    }

    /// The number of working days from `start` through `end`, both included; 0 when `start` is
    /// after `end`. E.g. Mon 2026-12-21 through Mon 2027-01-04 → 8 (21, 22, 23, 24, 29, 30,
    /// 31 December and 4 January). Takes time proportional to the bank holidays in the range,
    /// not to its length.
    public func workingDays(from start: CalendarDay, through end: CalendarDay) -> Int {
        workingDays(fromDayNumber: start.dayNumber, through: end.dayNumber)
    }

    /// The day `n` working days after `day` (before it when `n` is negative). `day` itself is
    /// day 0 and is not counted, even when it is a working day; `n == 0` returns `day` as is.
    /// E.g. Thu 2026-12-24 + 1 → Tue 2026-12-29; Tue 2026-12-29 + (−1) → Thu 2026-12-24;
    /// Wed 2026-12-23 + 2 → Tue 2026-12-29. The result is always a working day when `n != 0`.
    public func adding(workingDays n: Int, to day: CalendarDay) -> CalendarDay {
        guard n != 0, !pattern.days.isEmpty else { return day }
        let step = n > 0 ? 1 : -1
        var remaining = abs(n)
        var current = day.dayNumber
        let perWeek = pattern.days.count
        while remaining > 0 {
            // Jump whole weeks while they cannot overshoot: `weeks` full weeks hold at most
            // `weeks * perWeek < remaining` working days, fewer when there are holidays.
            let weeks = (remaining - 1) / perWeek
            if weeks > 0 {
                let span = weeks * 7
                let counted = step > 0
                    ? workingDays(fromDayNumber: current + 1, through: current + span)
                    : workingDays(fromDayNumber: current - span, through: current - 1)
                current += step * span
                remaining -= counted
            } else {
                current += step
                if isWorkingDay(CalendarDay(dayNumber: current)) { remaining -= 1 }
            }
        }
        return CalendarDay(dayNumber: current)
    }

    /// The working days strictly between two days, in either order (neither end counted): the
    /// "N clear working days' notice" rule counts these between the day notice is received and
    /// the meeting day. E.g. between Thu 2026-12-17 and Tue 2026-12-29 → 5 (18, 21, 22, 23,
    /// 24 December); between a day and the next day → 0.
    public func clearWorkingDays(between a: CalendarDay, and b: CalendarDay) -> Int {
        let low = min(a.dayNumber, b.dayNumber)
        let high = max(a.dayNumber, b.dayNumber)
        return workingDays(fromDayNumber: low + 1, through: high - 1)
    }

    /// The first working day `m` with at least `n` clear working days between `received` and
    /// `m`: the earliest day a meeting can be held on after notice received on `received`.
    /// E.g. received Thu 2026-12-17, n = 5 → Tue 2026-12-29 (clear days 18, 21, 22, 23, 24
    /// December; 25, 26, 27 and 28 are not working days). `n <= 0` gives the first working day
    /// on or after `received`.
    public func earliestDayAfterClearWorkingDays(_ n: Int, from received: CalendarDay) -> CalendarDay {
        guard n > 0 else { return nextWorkingDay(onOrAfter: received) }
        // The n-th working day after `received` has n - 1 clear days before it; the next one has n.
        return adding(workingDays: n + 1, to: received)
    }

    /// The day `n` working days before `day`, i.e. `adding(workingDays: -n, to: day)`: the last
    /// day for "papers no later than 5 working days before the hearing". E.g. hearing Wed
    /// 2026-12-30, n = 5 → Mon 2026-12-21 (29, 24, 23, 22, 21 December counted back).
    public func latestDay(_ n: Int, workingDaysBefore day: CalendarDay) -> CalendarDay {
        adding(workingDays: -n, to: day)
    }

    /// `day` when it is a working day, else the next one. E.g. Fri 2026-12-25 → Tue 2026-12-29;
    /// Thu 2026-12-24 → Thu 2026-12-24.
    public func nextWorkingDay(onOrAfter day: CalendarDay) -> CalendarDay {
        isWorkingDay(day) ? day : adding(workingDays: 1, to: day)
    }

    /// The first working day after `day`. E.g. Thu 2026-12-24 → Tue 2026-12-29.
    public func nextWorkingDay(after day: CalendarDay) -> CalendarDay {
        adding(workingDays: 1, to: day)
    }

    /// Whether the weekday of the day with this day number is worked.
    private func worksWeekday(ofDayNumber dayNumber: Int) -> Bool {
        // 1970-01-01 (day 0) was a Thursday, ISO weekday 4.
        let iso = ((dayNumber % 7) + 7 + 3) % 7 + 1
        return dayMask & (1 << UInt8(iso)) != 0
    }

    /// Working days over day numbers `start...end`: whole weeks hold `days.count` each, the
    /// remainder (under a week) is checked day by day, then bank holidays on worked weekdays
    /// are taken off.
    private func workingDays(fromDayNumber start: Int, through end: Int) -> Int {
        guard start <= end else { return 0 }
        let length = end - start + 1
        var count = (length / 7) * pattern.days.count
        var dayNumber = start + (length / 7) * 7
        while dayNumber <= end {
            if worksWeekday(ofDayNumber: dayNumber) { count += 1 }
            dayNumber += 1
        }
        if !pattern.worksBankHolidays {
            holidays.forEachHolidayDayNumber(from: start, through: end, nation: nation) { holiday in
                if worksWeekday(ofDayNumber: holiday) { count -= 1 }
            }
        }
        return count
    }
}

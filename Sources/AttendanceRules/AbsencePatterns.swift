/// Patterns among the counted spells of a window that a manager is asked to review
/// (NUL16 s21.2 "regular Fridays or Mondays" [002:1259]; pattern triggers NOTTS [001:36], PFED [000:4]).
/// These are facts to discuss, never a trigger on their own.
public struct AbsencePatterns: Hashable, Sendable {
    public let occasions: Int
    /// Spells starting on the first working day of the employee's week (usually Monday).
    public let startingAfterWeekend: Int
    /// Spells ending on the last working day of the employee's week (usually Friday).
    public let endingBeforeWeekend: Int
    /// Spells next to a bank holiday or annual leave (the day before or after).
    public let nextToHolidayOrLeave: Int

    /// The observations worth raising: a kind shared by at least two spells and by at least
    /// half of them (a display rule of attend, not a policy threshold).
    public var observations: [String] {
        var out: [String] = []
        func note(_ count: Int, _ text: String) {
            if count >= 2 && count * 2 >= occasions { out.append("\(count) of \(occasions) spells \(text)") }
        }
        note(startingAfterWeekend, "start on the first working day of the week")
        note(endingBeforeWeekend, "end on the last working day of the week")
        note(nextToHolidayOrLeave, "are next to a bank holiday or annual leave")
        return out
    }

    /// Counts the patterns among the counted spells.
    public static func find(in figures: AbsenceFigures, employee: EmployeeRecord, calendar: WorkingCalendar) -> AbsencePatterns {
        let spells = figures.spells.filter(\.countsAsOccasion)
        func isHoliday(_ day: CalendarDay) -> Bool { calendar.holidays.isBankHoliday(day, nation: calendar.nation) }
        var starts = 0, ends = 0, next = 0
        for spell in spells {
            // The working day before the start is more than one day back: a weekend (or rest days) precedes it.
            let previousWorking = lastWorkingDay(before: spell.start, calendar: calendar)
            if spell.start.days(to: previousWorking) < -1, !isHoliday(spell.start.previous) { starts += 1 }
            if !spell.ongoing {
                let following = calendar.nextWorkingDay(after: spell.end)
                if spell.end.days(to: following) > 1, !isHoliday(spell.end.next) { ends += 1 }
            }
            if isNextToHolidayOrLeave(spell, employee: employee, calendar: calendar) { next += 1 }
        }
        return AbsencePatterns(occasions: spells.count, startingAfterWeekend: starts,
                               endingBeforeWeekend: ends, nextToHolidayOrLeave: next)
    }

    /// Whether the spell starts the day after, or ends the day before, a bank holiday of the
    /// person's nation or a day of their annual leave.
    public static func isNextToHolidayOrLeave(_ spell: SpellFigures, employee: EmployeeRecord, calendar: WorkingCalendar) -> Bool {
        func isHoliday(_ day: CalendarDay) -> Bool { calendar.holidays.isBankHoliday(day, nation: calendar.nation) }
        func onLeave(_ day: CalendarDay) -> Bool {
            employee.absences.contains { $0.type == .annualLeave && $0.start <= day && ($0.end ?? $0.start) >= day }
        }
        return isHoliday(spell.start.previous) || isHoliday(spell.end.next) || onLeave(spell.start.previous) || onLeave(spell.end.next)
    }

    static func lastWorkingDay(before day: CalendarDay, calendar: WorkingCalendar) -> CalendarDay {
        var d = day.previous
        var guardDays = 0
        while !calendar.isWorkingDay(d) && guardDays < 14 { d = d.previous; guardDays += 1 }
        return d
    }
}

import AttendanceRules
import AttendanceStore

/// One person's days over a range, worked out once per frame for the rows on screen: the
/// absence on each day, their own working calendar (pattern and nation), their sickness
/// spells and the pattern facts of the counted ones.
///
/// Built only for the people drawn, so a frame costs the visible rows, not the store.
public struct PersonDays: Sendable {
    /// The person.
    public let employee: EmployeeDocument
    /// The person's pattern less their nation's bank holidays.
    public let calendar: WorkingCalendar
    /// The first day of the range.
    public let first: CalendarDay
    /// The last day of the range.
    public let last: CalendarDay
    /// Every sickness spell of the record up to `today`, oldest first.
    public let spells: [CalendarSpell]
    /// The absence drawn on each day of the range (index: days from `first`).
    private let absences: [AbsenceRecord?]
    /// Index into `spells` for each day of the range inside a spell.
    private let spellOfDay: [Int?]

    /// The days of `employee` from `first` through `last`, as of `data.today`.
    public init(employee fullRecord: EmployeeDocument, data: AppData, from first: CalendarDay, through last: CalendarDay) {
        // Only records near the range matter for drawing it; ten years of history would
        // otherwise be sorted and merged for every row of every frame. Two months' margin
        // keeps spells that run into the range whole.
        var employee = fullRecord
        let margin = first.adding(days: -62)
        employee.absences = fullRecord.absences.filter { $0.start <= max(first, last) && ($0.end ?? data.today) >= margin }
        self.employee = employee
        self.first = first
        self.last = max(first, last)
        let calendar = WorkingCalendar(pattern: employee.pattern, nation: data.nation(for: employee), holidays: data.holidays)
        self.calendar = calendar
        let count = first.days(to: self.last) + 1
        let today = data.today

        // Absences by day; drawn in priority order so sickness overwrites leave.
        var absences = [AbsenceRecord?](repeating: nil, count: count)
        let ordered = employee.absences.sorted { (DayKind($0.type).rawValue, $0.start, $0.id) < (DayKind($1.type).rawValue, $1.start, $1.id) }
        for record in ordered {
            let end = record.lastDay(asOf: max(today, record.start))
            let low = max(record.start, first), high = min(end, self.last)
            guard low <= high else { continue }
            for offset in first.days(to: low)...first.days(to: high) { absences[offset] = record }
        }
        self.absences = absences

        let spells = Self.spells(of: employee, calendar: calendar, policy: data.policy(for: employee),
                                 record: employee.rulesRecord(organisation: data.organisation),
                                 evaluation: data.evaluation(employee.id), today: today)
        self.spells = spells
        var spellOfDay = [Int?](repeating: nil, count: count)
        for (index, spell) in spells.enumerated() {
            let low = max(spell.start, first), high = min(spell.end, self.last)
            guard low <= high else { continue }
            for offset in first.days(to: low)...first.days(to: high) { spellOfDay[offset] = index }
        }
        self.spellOfDay = spellOfDay
    }

    /// The day's facts; days outside the range have no absence and no spell.
    public func info(_ day: CalendarDay) -> DayInfo {
        let offset = first.days(to: day)
        let inRange = offset >= 0 && offset < absences.count
        let absence = inRange ? absences[offset] : nil
        let spell = inRange ? spellOfDay[offset].map { spells[$0] } : nil
        var hints = Set<PatternHint>()
        if let spell, spell.counted == true {
            if day == spell.start, spell.hints.contains(.startsWeek) { hints.insert(.startsWeek) }
            if day == spell.end, spell.hints.contains(.endsWeek) { hints.insert(.endsWeek) }
            if spell.hints.contains(.nextToHolidayOrLeave),
               (day == spell.start && isHolidayOrLeave(day.previous)) || (day == spell.end && !spell.ongoing && isHolidayOrLeave(day.next)) {
                hints.insert(.nextToHolidayOrLeave)
            }
        }
        return DayInfo(day: day, absence: absence, workedFraction: absence?.workedFraction(on: day) ?? 0,
                       holiday: calendar.holidays.holiday(on: day, nation: calendar.nation),
                       isWorkingDay: calendar.isWorkingDay(day), spell: spell, hints: hints)
    }

    /// Whether `day` and the day after belong to one absence (the same record, or the same
    /// sickness spell across a bridged weekend): the calendars join them with a line.
    public func continues(after day: CalendarDay) -> Bool {
        let offset = first.days(to: day)
        guard offset >= 0, offset + 1 < absences.count else { return false }
        if let a = spellOfDay[offset], let b = spellOfDay[offset + 1], a == b { return true }
        guard let a = absences[offset], let b = absences[offset + 1] else { return false }
        return a.id == b.id
    }

    /// Working days of the person in the range `from...through` with an absence of `kind`.
    public func workingDays(of kind: DayKind, from low: CalendarDay, through high: CalendarDay) -> Int {
        var count = 0
        var day = max(low, first)
        while day <= min(high, last) {
            if let record = absences[first.days(to: day)], DayKind(record.type) == kind, calendar.isWorkingDay(day) { count += 1 }
            day = day.next
        }
        return count
    }

    /// Calendar days in the range `from...through` with an absence of `kind`.
    public func calendarDays(of kind: DayKind, from low: CalendarDay, through high: CalendarDay) -> Int {
        var count = 0
        var day = max(low, first)
        while day <= min(high, last) {
            if let record = absences[first.days(to: day)], DayKind(record.type) == kind { count += 1 }
            day = day.next
        }
        return count
    }

    /// A bank holiday of the person's nation, or a day of annual leave (the rules' test for a
    /// spell "next to a bank holiday or annual leave").
    func isHolidayOrLeave(_ day: CalendarDay) -> Bool {
        calendar.isBankHoliday(day) || employee.absences.contains { $0.type == .annualLeave && $0.start <= day && ($0.end ?? $0.start) >= day }
    }

    /// The sickness spells as the rules build them (`AbsenceCounter.allSpells`: the policy's
    /// merge rule, part days that did not count left out, D-57, D-69), each matched to today's
    /// evaluation and given the pattern facts `AbsencePatterns` uses.
    static func spells(of employee: EmployeeDocument, calendar: WorkingCalendar, policy: PolicyProfile?,
                       record: EmployeeRecord, evaluation: EmployeeEvaluation?, today: CalendarDay) -> [CalendarSpell] {
        guard let policy else { return [] }
        let leave = employee.absences.filter { $0.type == .annualLeave }
        func onLeave(_ day: CalendarDay) -> Bool { leave.contains { $0.start <= day && ($0.end ?? $0.start) >= day } }
        let measured = AbsenceCounter(policy: policy, calendar: calendar).allSpells(for: record, asOf: today)
        let evaluated = evaluation?.figures.spells ?? []
        return measured.map { spell in
            let ids = spell.recordIds
            let start = spell.start
            let end = spell.end
            let ongoing = spell.ongoing
            let counted = evaluated.first { !Set($0.recordIds).isDisjoint(with: ids) }?.countsAsOccasion
            var hints = Set<PatternHint>()
            var previousWorking = start.previous
            for _ in 0..<14 where !calendar.isWorkingDay(previousWorking) { previousWorking = previousWorking.previous }
            if start.days(to: previousWorking) < -1, !calendar.isBankHoliday(start.previous) { hints.insert(.startsWeek) }
            if !ongoing {
                let following = calendar.nextWorkingDay(after: end)
                if end.days(to: following) > 1, !calendar.isBankHoliday(end.next) { hints.insert(.endsWeek) }
            }
            if calendar.isBankHoliday(start.previous) || onLeave(start.previous)
                || (!ongoing && (calendar.isBankHoliday(end.next) || onLeave(end.next))) {
                hints.insert(.nextToHolidayOrLeave)
            }
            return CalendarSpell(start: start, end: end, ongoing: ongoing, recordIds: ids, counted: counted, hints: hints)
        }
    }
}

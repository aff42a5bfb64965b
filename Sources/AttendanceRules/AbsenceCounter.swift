/// Turns an employee's absence records into spells and the figures triggers are measured on.
///
/// Pure and deterministic: the same records, policy, calendar and date give the same figures.
public struct AbsenceCounter: Sendable {
    public let policy: PolicyProfile
    /// The employee's own calendar (their pattern less their nation's bank holidays):
    /// working days of absence are counted on it (AMB-01).
    public let calendar: WorkingCalendar

    public init(policy: PolicyProfile, calendar: WorkingCalendar) {
        self.policy = policy
        self.calendar = calendar
    }

    /// The figures over the window ending on `asOf`.
    ///
    /// Window: the policy's length ending on `asOf` (AMB-05, e.g. NUL16 s21.2 [002:1256]);
    /// a spell is an occasion if any counted day is inside, and only its days inside count.
    /// Spells: records merged across non-working days and bank holidays but not annual leave (AMB-04).
    /// Part days: at least the threshold worked, the day does not count (NUL16 s8.4 [002:1123], AMB-14).
    /// Exclusions: per related category (AMB-46), overridden by a recorded HR decision.
    public func figures(for employee: EmployeeRecord, asOf: CalendarDay) -> AbsenceFigures {
        let windowStart = policy.window.start(endingOn: asOf)
        let spells = buildSpells(employee.absences, asOf: asOf)
        var figures: [SpellFigures] = []
        for spell in spells where spell.contains(where: { $0.lastDay(asOf: asOf) >= windowStart }) {
            figures.append(measure(spell, windowStart: windowStart, asOf: asOf))
        }
        let counted = figures.filter(\.countsAsOccasion)
        let occasions = counted.count
        let calendarDays = counted.reduce(0) { $0 + $1.countedCalendarDays }
        let workingDays = counted.reduce(0) { $0 + $1.countedWorkingDays }

        var bradford: Double?
        var bradfordDays: Double?
        var unresolved = false
        if let rule = policy.bradford {
            var d = Double(rule.dayUnit == .workingDays ? workingDays : calendarDays)
            let partTime = isPartTime(employee)
            switch (partTime, rule.partTimeMethod) {
            case (true, nil): unresolved = true
            case (true, .countScheduledDaysOnly?): d = Double(workingDays)
            case (true, .scaleDaysByFTE?): d *= employee.fte
            default: break
            }
            bradfordDays = d
            bradford = Double(occasions * occasions) * d
        }
        return AbsenceFigures(
            asOf: asOf, windowStart: windowStart, spells: figures, occasions: occasions,
            calendarDays: calendarDays, workingDays: workingDays, bradford: bradford,
            bradfordDays: bradfordDays, bradfordPartTimeUnresolved: unresolved)
    }

    /// Whether the employee works fewer days or hours than a Monday-to-Friday organisation week.
    public func isPartTime(_ employee: EmployeeRecord) -> Bool {
        employee.fte < 1.0 || employee.pattern.isPartTime(relativeTo: .mondayToFriday)
    }

    /// Sickness records (starting on or before `asOf`) merged into spells.
    func buildSpells(_ records: [AbsenceRecord], asOf: CalendarDay) -> [[AbsenceRecord]] {
        let sickness = records.filter { $0.type == .sickness && $0.start <= asOf }.sorted { $0.start < $1.start }
        let leaveDays = Set(records.filter { $0.type == .annualLeave }.flatMap { r -> [Int] in
            let end = r.end ?? r.start
            guard end >= r.start else { return [] }
            return Array(r.start.dayNumber...end.dayNumber)
        })
        var spells: [[AbsenceRecord]] = []
        var currentEnd: CalendarDay?
        for record in sickness {
            if let end = currentEnd, bridges(from: end, to: record.start, leaveDays: leaveDays) {
                spells[spells.count - 1].append(record)
                currentEnd = max(end, record.lastDay(asOf: asOf))
            } else {
                spells.append([record])
                currentEnd = record.lastDay(asOf: asOf)
            }
        }
        return spells
    }

    /// Whether a spell ending on `end` continues with a record starting on `start`: every day
    /// between is a day the policy lets a spell run across.
    func bridges(from end: CalendarDay, to start: CalendarDay, leaveDays: Set<Int>) -> Bool {
        if start <= end.next { return true }
        let rule = policy.counting.spells
        var day = end.next
        while day < start {
            if leaveDays.contains(day.dayNumber) {
                if !rule.acrossAnnualLeave { return false }
            } else if calendar.holidays.isBankHoliday(day, nation: calendar.nation) {
                if !rule.acrossBankHolidays { return false }
            } else if !calendar.isWorkingDay(day) {
                if !rule.acrossNonWorkingDays { return false }
            } else {
                return false
            }
            day = day.next
        }
        return true
    }

    /// Counts one spell's days against the window, part-day rule and exclusions.
    func measure(_ records: [AbsenceRecord], windowStart: CalendarDay, asOf: CalendarDay) -> SpellFigures {
        let start = records[0].start
        let end = min(asOf, records.map { $0.lastDay(asOf: asOf) }.max() ?? start)
        let ongoing = records.contains { $0.isOngoing || ($0.end ?? asOf) > asOf }
        let partDay = policy.counting.partDay
        var inWindowCD = 0, inWindowWD = 0, wholeCD = 0, wholeWD = 0
        var occasionByPartDay = false
        var excluded: [DayExclusionReason: Int] = [:]
        var hrAdvice: [RelatedCategory] = []
        var seen = Set<Int>()
        func count(_ day: CalendarDay, as record: AbsenceRecord) {
            guard day <= end, seen.insert(day.dayNumber).inserted else { return }
            if let reason = exclusion(of: record, on: day, hrAdvice: &hrAdvice) {
                if case .partDayWorked = reason, partDay.atOrAboveCountsOccasion, day >= windowStart {
                    occasionByPartDay = true
                }
                excluded[day < windowStart ? .beforeWindow : reason, default: 0] += 1
                return
            }
            let working = calendar.isWorkingDay(day)
            wholeCD += 1
            if working { wholeWD += 1 }
            if day >= windowStart {
                inWindowCD += 1
                if working { inWindowWD += 1 }
            } else {
                excluded[.beforeWindow, default: 0] += 1
            }
        }
        var reachedEnd: CalendarDay?
        var reachedBy = records[0]
        for record in records {
            // Days bridged between records (weekends, bank holidays) belong to the spell and
            // take the treatment of the record before them (D-13: Fri + Mon is one 4-day spell).
            if let reached = reachedEnd, record.start > reached.next {
                var gap = reached.next
                while gap < record.start { count(gap, as: reachedBy); gap = gap.next }
            }
            let last = min(record.lastDay(asOf: asOf), end)
            var day = record.start
            while day <= last { count(day, as: record); day = day.next }
            if reachedEnd.map({ last >= $0 }) ?? true {
                reachedEnd = last
                reachedBy = record
            }
        }
        let order: (DayExclusionReason) -> Int = { if case .beforeWindow = $0 { 0 } else { 1 } }
        return SpellFigures(
            start: start, end: end, ongoing: ongoing, recordIds: records.map(\.id),
            countedCalendarDays: inWindowCD, countedWorkingDays: inWindowWD,
            wholeSpellCalendarDays: wholeCD, wholeSpellWorkingDays: wholeWD,
            countsAsOccasion: inWindowCD > 0 || occasionByPartDay,
            hasFitNote: records.contains { $0.certificate == .fitNote },
            excluded: excluded.map { (reason: $0.key, days: $0.value) }.sorted { (order($0.reason), $0.reason.text) < (order($1.reason), $1.reason.text) },
            needsHRAdvice: Array(Set(hrAdvice)).sorted { $0.rawValue < $1.rawValue })
    }

    /// Why a day of `record` does not count, or nil when it counts.
    func exclusion(of record: AbsenceRecord, on day: CalendarDay, hrAdvice: inout [RelatedCategory]) -> DayExclusionReason? {
        if let decision = record.hrDecision {
            if !decision.counts { return .hrDecision(by: decision.decidedBy, on: decision.decidedOn) }
        } else if let category = record.related, let rule = policy.counting.treatment(of: category) {
            switch rule.treatment {
            case .count: break
            case .exclude: return .excludedCategory(category, source: rule.source)
            case .excludeIfFitNote:
                if record.certificate == .fitNote { return .excludedCategory(category, source: rule.source) }
            case .excludeUnlessWholeDay:
                if record.workedFraction(on: day) > 0 { return .excludedCategory(category, source: rule.source) }
            case .hrReview:
                hrAdvice.append(category)
            }
        }
        let worked = record.workedFraction(on: day)
        let partDay = policy.counting.partDay
        if worked > 0, worked >= partDay.threshold, !partDay.atOrAboveCountsDay {
            return .partDayWorked(fraction: worked, threshold: partDay.threshold, source: partDay.source)
        }
        return nil
    }
}

/// Turns an employee's absence records into spells and the figures triggers are measured on.
///
/// Pure and deterministic: the same records, policy, calendar and date give the same figures.
/// It is also the one place that decides, day by day, whether a day counted and why
/// (`dayCount(on:for:asOf:)`): the calendars and `employee show` ask it rather than re-derive it.
public struct AbsenceCounter: Sendable {
    public let policy: PolicyProfile
    /// The employee's own calendar (their pattern less their nation's bank holidays):
    /// working days of absence are counted on it (AMB-01).
    public let calendar: WorkingCalendar

    public init(policy: PolicyProfile, calendar: WorkingCalendar) {
        self.policy = policy
        self.calendar = calendar
    }

    /// One sickness record as a spell is built from it: the days that can count, i.e. its
    /// first to last day less a part day at either end that does not count at all and the
    /// days off between that part day and the nearest working day (D-57).
    struct SpellPart {
        let record: AbsenceRecord
        /// The record's last day considered on the evaluation date.
        let last: CalendarDay
        /// The days that can count; nil when the record is only an uncounted part day
        /// (and days off beside it).
        let span: ClosedRange<CalendarDay>?

        /// Where the part sorts among the others.
        var anchor: CalendarDay { span?.lowerBound ?? record.start }
    }

    /// The figures over the window ending on `asOf`.
    ///
    /// Window: the policy's length ending on `asOf` (AMB-05, e.g. NUL16 s21.2 [002:1256]);
    /// a spell is an occasion if any counted day is inside, and only its days inside count.
    /// Spells: records merged across non-working days and bank holidays but not annual leave (AMB-04).
    /// Part days: at least the threshold worked, the day does not count (NUL16 s8.4 [002:1123], AMB-14),
    /// and it neither joins nor stretches a spell (D-57).
    /// Exclusions: per related category (AMB-46), overridden by a recorded HR decision.
    public func figures(for employee: EmployeeRecord, asOf: CalendarDay) -> AbsenceFigures {
        let windowStart = policy.window.start(endingOn: asOf)
        let spells = buildSpells(employee.absences, asOf: asOf)
        var figures: [SpellFigures] = []
        for spell in spells where spell.contains(where: { $0.last >= windowStart }) {
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

    /// Every sickness spell up to `asOf`, inside the window or not, oldest first: the spells
    /// the calendars draw, measured exactly as `figures` measures those in the window.
    public func allSpells(for employee: EmployeeRecord, asOf: CalendarDay) -> [SpellFigures] {
        let windowStart = policy.window.start(endingOn: asOf)
        return buildSpells(employee.absences, asOf: asOf).map { measure($0, windowStart: windowStart, asOf: asOf) }
    }

    /// Every sickness spell with a day from `from` through `through`, each with the counted
    /// working days it lost in that period (for organisation reports; 0 for a spell whose days
    /// were all excluded or fell on non-working days): measured as on `through`, so a spell is
    /// the one the figures and calendars show on that day.
    public func spells(for employee: EmployeeRecord, from: CalendarDay, through: CalendarDay) -> [SpellInPeriod] {
        // The period is the window here: a report may run longer than the policy's window.
        let windowStart = from
        var out: [SpellInPeriod] = []
        for parts in buildSpells(employee.absences, asOf: through) {
            // Years of history before the period are not measured (a bridged gap never
            // reaches past a record's last day).
            guard parts.contains(where: { $0.last >= from }) else { continue }
            var lost = 0
            var byMonth: [Int: Int] = [:]
            let figures = measure(parts, windowStart: windowStart, asOf: through) { day in
                guard day.counted, day.workingDay, day.day >= from, day.day <= through else { return }
                lost += 1
                byMonth[day.day.year * 12 + day.day.month - 1, default: 0] += 1
            }
            guard figures.end >= from, figures.start <= through else { continue }
            out.append(SpellInPeriod(spell: figures, workingDaysLost: lost, byMonth: byMonth, longTerm: isLongTerm(figures)))
        }
        return out
    }

    /// Whether a spell is long-term by the policy's long-term trigger, on the whole spell's
    /// length (e.g. "more than 4 weeks (20 working days)" NUL16 s21.6 [002:1405]; "more than
    /// 4 weeks" NUL08 s2.1(i) [002:1539]): false when the policy has no such trigger.
    public func isLongTerm(_ spell: SpellFigures) -> Bool {
        guard let rule = policy.triggers.first(where: { $0.longTerm == true }) else { return false }
        switch rule.metric {
        case .spellCalendarDays: return rule.comparator.holds(Double(spell.wholeSpellCalendarDays), rule.value)
        case .spellWorkingDays: return rule.comparator.holds(Double(spell.wholeSpellWorkingDays), rule.value)
        default: return false
        }
    }

    /// Whether `day` counted on the evaluation of `asOf`, and why; nil when no sickness spell
    /// holds the day (or it is after `asOf`).
    public func dayCount(on day: CalendarDay, for employee: EmployeeRecord, asOf: CalendarDay) -> DayCount? {
        guard day <= asOf else { return nil }
        let windowStart = policy.window.start(endingOn: asOf)
        for spell in buildSpells(employee.absences, asOf: asOf) {
            guard let first = spell.map(\.record.start).min(), let last = spell.map(\.last).max(),
                  first <= day, day <= last else { continue }
            var found: DayCount?
            _ = measure(spell, windowStart: windowStart, asOf: asOf) { if $0.day == day { found = $0 } }
            if let found { return found }
        }
        return nil
    }

    /// Whether the employee works fewer days or hours than a Monday-to-Friday organisation week.
    public func isPartTime(_ employee: EmployeeRecord) -> Bool {
        employee.fte < 1.0 || employee.pattern.isPartTime(relativeTo: .mondayToFriday)
    }

    /// Whether a part day worked `fraction` of counts neither as a day nor as an occasion,
    /// so that it plays no part in a spell (NUL16 s8.4 [002:1123], AMB-14, D-57).
    func isUncountedPartDay(_ fraction: Double) -> Bool {
        let rule = policy.counting.partDay
        return fraction > 0 && fraction >= rule.threshold && !rule.atOrAboveCountsDay && !rule.atOrAboveCountsOccasion
    }

    /// The record's days that can count: a leading or trailing part day that does not count
    /// is cut, with the days off between it and the nearest working day.
    func part(_ record: AbsenceRecord, asOf: CalendarDay) -> SpellPart {
        let last = min(record.lastDay(asOf: asOf), asOf)
        var low = record.start, high = last
        if isUncountedPartDay(record.workedFraction(on: low)) {
            low = low.next
            while low <= high, !calendar.isWorkingDay(low) { low = low.next }
        }
        if high >= low, record.end == high, isUncountedPartDay(record.workedFraction(on: high)) {
            high = high.previous
            while high >= low, !calendar.isWorkingDay(high) { high = high.previous }
        }
        return SpellPart(record: record, last: last, span: low <= high ? low...high : nil)
    }

    /// Sickness records (starting on or before `asOf`) merged into spells.
    func buildSpells(_ records: [AbsenceRecord], asOf: CalendarDay) -> [[SpellPart]] {
        let parts = records.filter { $0.type == .sickness && $0.start <= asOf }
            .map { part($0, asOf: asOf) }
            .sorted { ($0.anchor, $0.record.start) < ($1.anchor, $1.record.start) }
        let leaveDays = Set(records.filter { $0.type == .annualLeave }.flatMap { r -> [Int] in
            let end = r.end ?? r.start
            guard end >= r.start else { return [] }
            return Array(r.start.dayNumber...end.dayNumber)
        })
        var spells: [[SpellPart]] = []
        // The last day that can count of the spell being built; nil after a part-day-only one.
        var currentEnd: CalendarDay?
        for part in parts {
            if let span = part.span, let end = currentEnd, bridges(from: end, to: span.lowerBound, leaveDays: leaveDays) {
                spells[spells.count - 1].append(part)
                currentEnd = max(end, span.upperBound)
            } else {
                spells.append([part])
                currentEnd = part.span?.upperBound
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

    /// Counts one spell's days against the window, part-day rule and exclusions; `visit`
    /// hears the decision on every day of the spell's records and bridged gaps.
    func measure(_ parts: [SpellPart], windowStart: CalendarDay, asOf: CalendarDay,
                 visit: ((DayCount) -> Void)? = nil) -> SpellFigures {
        let spans = parts.compactMap(\.span)
        let start = spans.first?.lowerBound ?? parts[0].record.start
        let end = spans.map(\.upperBound).max() ?? parts.map(\.last).max() ?? start
        let records = parts.map(\.record)
        let ongoing = records.contains { $0.isOngoing || ($0.end ?? asOf) > asOf }
        let partDay = policy.counting.partDay
        var inWindowCD = 0, inWindowWD = 0, wholeCD = 0, wholeWD = 0
        var occasionByPartDay = false
        var excluded: [DayExclusionReason: Int] = [:]
        var hrAdvice: [RelatedCategory] = []
        var seen = Set<Int>()
        func decide(_ day: CalendarDay, as record: AbsenceRecord, inSpan: Bool, bridged: Bool) {
            guard seen.insert(day.dayNumber).inserted else { return }
            let working = calendar.isWorkingDay(day)
            let worked = bridged ? 0 : record.workedFraction(on: day)
            var advice: RelatedCategory?
            var reason: DayExclusionReason?
            if !inSpan {
                // An HR decision or an excluded category still explains the day first.
                let general = exclusion(of: record, on: day, worked: worked, hrAdvice: &advice)
                if let general, !general.isPartDay {
                    reason = general
                } else {
                    reason = worked > 0 ? .partDayWorked(fraction: worked, threshold: partDay.threshold, source: partDay.source)
                        : .besideUncountedPartDay(source: partDay.source)
                }
            } else {
                reason = exclusion(of: record, on: day, worked: worked, hrAdvice: &advice)
            }
            if let category = advice { hrAdvice.append(category) }
            if let found = reason {
                if case .partDayWorked = found, partDay.atOrAboveCountsOccasion, day >= windowStart {
                    occasionByPartDay = true
                }
                let shown: DayExclusionReason = day < windowStart ? .beforeWindow : found
                excluded[shown, default: 0] += 1
                visit?(DayCount(day: day, recordId: record.id, spellStart: start, spellEnd: end, bridged: bridged,
                                workingDay: working, workedFraction: worked, exclusion: shown,
                                needsHRAdvice: advice, partDayThreshold: partDay.threshold))
                return
            }
            wholeCD += 1
            if working { wholeWD += 1 }
            var shown: DayExclusionReason?
            if day >= windowStart {
                inWindowCD += 1
                if working { inWindowWD += 1 }
            } else {
                excluded[.beforeWindow, default: 0] += 1
                shown = .beforeWindow
            }
            visit?(DayCount(day: day, recordId: record.id, spellStart: start, spellEnd: end, bridged: bridged,
                            workingDay: working, workedFraction: worked, exclusion: shown,
                            needsHRAdvice: advice, partDayThreshold: partDay.threshold))
        }
        var reachedEnd: CalendarDay?
        var reachedBy = records[0]
        for part in parts {
            let record = part.record
            // Days bridged between records (weekends, bank holidays) belong to the spell and
            // take the treatment of the record before them (D-13: Fri + Mon is one 4-day spell).
            if let span = part.span, let reached = reachedEnd, span.lowerBound > reached.next {
                var gap = reached.next
                while gap < span.lowerBound { decide(gap, as: reachedBy, inSpan: true, bridged: true); gap = gap.next }
            }
            var day = record.start
            while day <= part.last {
                decide(day, as: record, inSpan: part.span?.contains(day) ?? false, bridged: false)
                day = day.next
            }
            if let span = part.span, reachedEnd.map({ span.upperBound >= $0 }) ?? true {
                reachedEnd = span.upperBound
                reachedBy = record
            }
        }
        let order: (DayExclusionReason) -> Int = { if case .beforeWindow = $0 { 0 } else { 1 } }
        let lastPart = parts.max { ($0.span?.upperBound ?? $0.last) < ($1.span?.upperBound ?? $1.last) }
        return SpellFigures(
            start: start, end: end, ongoing: ongoing, recordIds: records.map(\.id),
            countedCalendarDays: inWindowCD, countedWorkingDays: inWindowWD,
            wholeSpellCalendarDays: wholeCD, wholeSpellWorkingDays: wholeWD,
            countsAsOccasion: inWindowCD > 0 || occasionByPartDay,
            hasFitNote: records.contains { $0.certificate == .fitNote },
            excluded: excluded.map { (reason: $0.key, days: $0.value) }.sorted { (order($0.reason), $0.reason.text) < (order($1.reason), $1.reason.text) },
            needsHRAdvice: Array(Set(hrAdvice)).sorted { $0.rawValue < $1.rawValue },
            onlyUncountedPartDays: spans.isEmpty,
            returnedDuringLastDay: !ongoing && lastPart.map { $0.record.end == end && ($0.record.lastDayWorkedFraction ?? 0) > 0 } ?? false)
    }

    /// Why a day of `record` does not count, or nil when it counts.
    func exclusion(of record: AbsenceRecord, on day: CalendarDay, worked: Double, hrAdvice: inout RelatedCategory?) -> DayExclusionReason? {
        if let decision = record.hrDecision {
            if !decision.counts { return .hrDecision(by: decision.decidedBy, on: decision.decidedOn) }
        } else if let category = record.related, let rule = policy.counting.treatment(of: category) {
            switch rule.treatment {
            case .count: break
            case .exclude: return .excludedCategory(category, source: rule.source)
            case .excludeIfFitNote:
                if record.certificate == .fitNote { return .excludedCategory(category, source: rule.source) }
            case .excludeUnlessWholeDay:
                if worked > 0 { return .excludedCategory(category, source: rule.source) }
            case .hrReview:
                hrAdvice = category
            }
        }
        let partDay = policy.counting.partDay
        if worked > 0, worked >= partDay.threshold, !partDay.atOrAboveCountsDay {
            return .partDayWorked(fraction: worked, threshold: partDay.threshold, source: partDay.source)
        }
        return nil
    }
}

import AttendanceRules
import AttendanceStore

/// The one-line explanation of a person's day under a calendar cursor: who, when, and what
/// the day is (the absence and whether it counted, pattern hints, bank holiday, working day).
///
/// E.g. "Siân Llŷr · Mon 16/11/2026 · Sickness (a12, 16/11–18/11, counted (calendar day
/// only)), not a working day (works Tue, Thu)".
public enum DayExplanation {
    /// The status-line text for `info`, a day of `days`. `compact` (below 120 columns) leaves
    /// out record ids and says "day off" for "not a working day", so that the facts fit 80
    /// columns.
    public static func text(_ info: DayInfo, of days: PersonDays, data: AppData, compact: Bool = false) -> String {
        let employee = days.employee
        let day = info.day
        var head = "\(employee.name) · \(day.weekday.name.prefix(3)) \(day.ukDisplay)"
        if day == data.today { head += " (today)" }
        var parts: [String] = []
        let evaluation = data.evaluation(employee.id)
        if let record = info.absence {
            parts.append(absence(record, info: info, evaluation: evaluation, policy: data.policy(for: employee), today: data.today, compact: compact))
        } else if let spell = info.spell {
            parts.append("inside the sickness spell \(range(spell.start, spell.ongoing ? nil : spell.end))\(compact ? "" : ", between its records")")
        }
        parts += info.hints.sorted().map { "pattern: \(compact ? $0.shortText : $0.text)" }
        if let holiday = info.holiday {
            let substitute = holiday.isSubstitute ? (compact ? " (substitute)" : " (substitute day)") : ""
            parts.append("bank holiday: \(holiday.title)\(substitute)")
        }
        let off = compact ? "day off" : "not a working day"
        if info.isWorkingDay {
            if info.holiday != nil {
                parts.append("a working day for them (works bank holidays)")
            } else if info.absence == nil && info.spell == nil {
                parts.append("working day, no absence")
            }
        } else if info.holiday == nil && !info.isWeekend {
            parts.append("\(off) (works \(workingWeek(employee.pattern)))")
        } else {
            parts.append(off)
        }
        if let start = evaluation?.figures.windowStart, start == day {
            parts.append("the window starts")
        }
        return "\(head) · \(parts.joined(separator: ", "))"
    }

    /// "Sickness (a12, 16/11–18/11, counted)", "Annual leave (a3, 03/08–07/08)"; compact:
    /// "Sickness 16/11–18/11, counted".
    static func absence(_ record: AbsenceRecord, info: DayInfo, evaluation: EmployeeEvaluation?,
                        policy: PolicyProfile?, today: CalendarDay, compact: Bool) -> String {
        var details: [String] = []
        if info.workedFraction > 0 { details.append(compact ? "\(percent(info.workedFraction)) worked" : "part day: \(percent(info.workedFraction)) worked") }
        if record.type == .sickness {
            var counted = counting(record, info: info, evaluation: evaluation, policy: policy, today: today)
            if compact, let cut = counted.range(of: " (") { counted = String(counted[..<cut.lowerBound]) }
            details.append(counted)
            if !compact, let spell = info.spell, spell.start != record.start || spell.end != record.lastDay(asOf: today) {
                details.append("spell \(range(spell.start, spell.ongoing ? nil : spell.end))")
            }
        }
        if compact {
            return ([record.type.label + " " + range(record.start, record.end)] + details).joined(separator: ", ")
        }
        return "\(record.type.label) (\(([record.id, range(record.start, record.end)] + details).joined(separator: ", ")))"
    }

    /// Whether the day counts towards the triggers on today's evaluation, and why not.
    /// Mirrors the rules' per-day test: the window, an HR decision, the policy's treatment of
    /// the related category, then the part-day threshold.
    static func counting(_ record: AbsenceRecord, info: DayInfo, evaluation: EmployeeEvaluation?,
                         policy: PolicyProfile?, today: CalendarDay) -> String {
        guard let evaluation, let policy else { return "not evaluated" }
        let day = info.day
        if day < evaluation.figures.windowStart { return "before the window" }
        if day > today { return "after today" }
        var note: String?
        if let decision = record.hrDecision {
            if !decision.counts { return "not counted: HR decided (\(decision.decidedBy), \(decision.decidedOn.ukDisplay))" }
        } else if let category = record.related, let rule = policy.counting.treatment(of: category) {
            switch rule.treatment {
            case .count: break
            case .exclude: return "not counted: \(category.label)"
            case .excludeIfFitNote:
                if record.certificate == .fitNote { return "not counted: \(category.label) with a fit note" }
            case .excludeUnlessWholeDay:
                if info.workedFraction > 0 { return "not counted: \(category.label), not a whole day" }
            case .hrReview: note = "HR advice first (\(category.label))"
            }
        }
        let rule = policy.counting.partDay
        var text = "counted"
        if info.workedFraction > 0 {
            if info.workedFraction >= rule.threshold {
                if !rule.atOrAboveCountsDay { return "not counted (\(percent(rule.threshold)) or more worked)" }
            } else {
                text = "counted (under \(percent(rule.threshold)) worked)"
            }
        } else if !info.isWorkingDay {
            text = "counted (calendar day only)"
        }
        return note.map { "\(text), \($0)" } ?? text
    }

    /// "16/11–18/11", "16/11" for one day, "29/12/2025–02/01/2026" across a year end,
    /// "since 18/11, ongoing" while open.
    public static func range(_ start: CalendarDay, _ end: CalendarDay?) -> String {
        guard let end else { return "since \(short(start)), ongoing" }
        if start == end { return short(start) }
        if start.year != end.year { return "\(start.ukDisplay)–\(end.ukDisplay)" }
        return "\(short(start))–\(short(end))"
    }

    /// The days a pattern works: "Mon–Fri", or a list such as "Tue, Thu".
    public static func workingWeek(_ pattern: WorkingPattern) -> String {
        if pattern.days == WorkingPattern.mondayToFriday.days { return "Mon–Fri" }
        return pattern.sortedDays.map { String($0.name.prefix(3)) }.joined(separator: ", ")
    }

    /// dd/mm.
    static func short(_ day: CalendarDay) -> String { String(day.ukDisplay.prefix(5)) }

    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }
}

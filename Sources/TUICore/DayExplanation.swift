import Foundation
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
            parts.append(absence(record, info: info, employee: employee, data: data, compact: compact))
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
    static func absence(_ record: AbsenceRecord, info: DayInfo, employee: EmployeeDocument, data: AppData, compact: Bool) -> String {
        let today = data.today
        var details: [String] = []
        if info.workedFraction > 0 { details.append(compact ? "\(percent(info.workedFraction)) worked" : "part day: \(percent(info.workedFraction)) worked") }
        if record.type == .sickness {
            var counted = counting(record, info: info, employee: employee, data: data)
            // Compact keeps the verdict alone ("not counted", "counted"); the reason needs 120 columns.
            if compact, let cut = counted.firstIndex(where: { $0 == "(" || $0 == ":" }) {
                counted = String(counted[..<cut]).trimmingCharacters(in: .whitespaces)
            }
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

    /// Whether the day counts towards the triggers on today's evaluation, and why not: the
    /// rules' own decision and words (`AbsenceCounter.dayCount`, D-69), as `employee show` prints them.
    static func counting(_ record: AbsenceRecord, info: DayInfo, employee: EmployeeDocument, data: AppData) -> String {
        guard let policy = data.policy(for: employee) else { return "not evaluated" }
        if info.day > data.today { return "after today" }
        let full = data.employee(employee.id) ?? employee
        let calendar = WorkingCalendar(pattern: full.pattern, nation: data.nation(for: full), holidays: data.holidays)
        let count = AbsenceCounter(policy: policy, calendar: calendar)
            .dayCount(on: info.day, for: full.rulesRecord(organisation: data.organisation), asOf: data.today)
        return count?.text ?? "not counted"
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

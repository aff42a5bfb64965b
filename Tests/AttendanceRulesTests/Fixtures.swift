import AttendanceData
import AttendanceRules
import TestSupport
import Foundation

/// Shared test fixtures: the shipped policies and bank holidays, and builders for absences.
enum Fixtures {
    static var holidays: BankHolidayCalendar { ShippedFixtures.holidays }
    static var policies: [PolicyProfile] { ShippedFixtures.policies }
    static func policy(_ id: String) -> PolicyProfile { ShippedFixtures.policy(id) }
    static func day(_ text: String) -> CalendarDay { ShippedFixtures.day(text) }

    static func time(_ text: String) -> LocalDateTime {
        guard let value = LocalDateTime(iso: text) else { preconditionFailure("bad test time \(text)") }
        return value
    }

    static func sick(_ from: String, _ to: String?, id: String? = nil, related: RelatedCategory? = nil,
                     certificate: CertificateKind = .none, firstDayWorked: Double? = nil,
                     reason: ReasonCategory? = nil, hr: HRDecision? = nil) -> AbsenceRecord {
        AbsenceRecord(id: id ?? "s-\(from)", type: .sickness, start: day(from), end: to.map(day),
                      firstDayWorkedFraction: firstDayWorked, related: related, reason: reason,
                      certificate: certificate, hrDecision: hr)
    }

    static func leave(_ from: String, _ to: String) -> AbsenceRecord {
        AbsenceRecord(id: "al-\(from)", type: .annualLeave, start: day(from), end: day(to))
    }

    /// `lengths.count` separate spells of the given calendar lengths, each starting on a Monday
    /// at least two working days after the previous one ends, the last ending before `asOf`.
    static func spells(_ lengths: [Int], endingBefore asOf: CalendarDay) -> [AbsenceRecord] {
        // Lay them out backwards from asOf so they sit inside the window.
        var records: [AbsenceRecord] = []
        var cursor = asOf.adding(days: -7)
        for length in lengths.reversed() {
            var start = cursor.adding(days: -(length - 1))
            while start.weekday != .monday { start = start.previous }
            let end = start.adding(days: length - 1)
            records.append(AbsenceRecord(id: "s\(records.count)", type: .sickness, start: start, end: end))
            cursor = start.adding(days: -10)
        }
        return records.reversed()
    }

    static func employee(_ absences: [AbsenceRecord], pattern: WorkingPattern = .mondayToFriday,
                         nation: Nation = .englandAndWales, fte: Double = 1, warnings: [WarningRecord] = []) -> EmployeeRecord {
        EmployeeRecord(id: "e1", pattern: pattern, nation: nation, fte: fte, absences: absences, warnings: warnings)
    }

    static func evaluate(_ policyId: String, _ employee: EmployeeRecord, asOf: String) -> EmployeeEvaluation {
        AttendanceEvaluator(policy: policy(policyId), holidays: holidays).evaluate(employee, asOf: day(asOf))
    }
}

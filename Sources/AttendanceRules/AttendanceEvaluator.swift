/// Evaluates employees under a policy: figures, triggers, the next step and warnings.
public struct AttendanceEvaluator: Sendable {
    public let policy: PolicyProfile
    public let holidays: BankHolidayCalendar

    public init(policy: PolicyProfile, holidays: BankHolidayCalendar) {
        self.policy = policy
        self.holidays = holidays
    }

    /// The employee's own working calendar.
    public func calendar(for employee: EmployeeRecord) -> WorkingCalendar {
        WorkingCalendar(pattern: employee.pattern, nation: employee.nation, holidays: holidays)
    }

    /// The full evaluation of one employee on `asOf`.
    public func evaluate(_ employee: EmployeeRecord, asOf: CalendarDay) -> EmployeeEvaluation {
        let calendar = calendar(for: employee)
        let figures = AbsenceCounter(policy: policy, calendar: calendar).figures(for: employee, asOf: asOf)
        let triggers = TriggerEvaluator.evaluate(figures, policy: policy, fte: employee.fte)
        let next = StageAdvisor.advise(policy: policy, figures: figures, triggers: triggers,
                                       warnings: employee.warnings, asOf: asOf)
        let warnings = employee.warnings.sorted { $0.issued < $1.issued }.map { w in
            let stage = policy.stage(w.stage)
            return WarningStatus(
                warning: w, name: stage?.warning?.name ?? "\(w.stage) warning",
                lapses: w.lapseDate(under: policy), live: w.isLive(on: asOf, under: policy),
                source: stage?.warning?.source ?? policy.citationKey)
        }
        let patterns = AbsencePatterns.find(in: figures, employee: employee, calendar: calendar)
        return EmployeeEvaluation(employeeId: employee.id, policyId: policy.id, figures: figures, triggers: triggers,
                                  nextStep: next, warnings: warnings, patterns: patterns)
    }
}

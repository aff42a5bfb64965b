import AttendanceRules
import AttendanceStore

extension StoreContext {
    /// The evaluation on `day`, the duties of the latest sickness spell and, once it has
    /// ended, its return-to-work script.
    func assess(_ employee: EmployeeDocument, on day: CalendarDay) throws -> (evaluation: EmployeeEvaluation, duties: [Duty], script: [RTWPrompt]) {
        let evaluator = try evaluator(for: employee)
        let record = employee.rulesRecord(organisation: organisation)
        let evaluation = evaluator.evaluate(record, asOf: day)
        guard let spell = evaluation.figures.spells.last else { return (evaluation, [], []) }
        let records = employee.absences.filter { spell.recordIds.contains($0.id) }
        let planner = DutyPlanner(policy: evaluator.policy, employeeCalendar: evaluator.calendar(for: record),
                                  organisationCalendar: organisationCalendar(for: employee))
        let duties = planner.duties(spell: spell, start: spell.start, end: spell.ongoing ? nil : spell.end, records: records,
                                    facts: employee.facts(for: spell.recordIds), asOf: day)
        let script = spell.ongoing ? [] : RTWScriptBuilder.script(policy: evaluator.policy, spell: spell, records: records,
                                                                   evaluation: evaluation, duties: duties)
        return (evaluation, duties, script)
    }
}

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

    /// The duties on `day` of the sickness spell that holds absence `absenceId` (not only the
    /// latest), so a record made for an earlier spell can say which of its duties it completes.
    /// Empty when the absence is in no counted spell.
    func duties(_ employee: EmployeeDocument, forAbsence absenceId: String, on day: CalendarDay) throws -> [Duty] {
        let evaluator = try evaluator(for: employee)
        let record = employee.rulesRecord(organisation: organisation)
        let evaluation = evaluator.evaluate(record, asOf: day)
        guard let spell = evaluation.figures.spells.first(where: { $0.recordIds.contains(absenceId) }) else { return [] }
        let records = employee.absences.filter { spell.recordIds.contains($0.id) }
        let planner = DutyPlanner(policy: evaluator.policy, employeeCalendar: evaluator.calendar(for: record),
                                  organisationCalendar: organisationCalendar(for: employee))
        return planner.duties(spell: spell, start: spell.start, end: spell.ongoing ? nil : spell.end, records: records,
                              facts: employee.facts(for: spell.recordIds), asOf: day)
    }
}

import AttendanceRules
import AttendanceStore

extension StoreContext {
    /// The evaluation on `day`, the duties of every spell that still has one open (and of the
    /// latest spell with duties) and, once that latest spell has ended, its return-to-work script.
    func assess(_ employee: EmployeeDocument, on day: CalendarDay) throws -> (evaluation: EmployeeEvaluation, duties: [Duty], script: [RTWPrompt]) {
        let evaluator = try evaluator(for: employee)
        let record = employee.rulesRecord(organisation: organisation)
        let evaluation = evaluator.evaluate(record, asOf: day)
        let planner = DutyPlanner(policy: evaluator.policy, employeeCalendar: evaluator.calendar(for: record),
                                  organisationCalendar: organisationCalendar(for: employee))
        let spells = employee.spellDuties(planner: planner, record: record, figures: evaluation.figures, on: day)
        guard let latest = spells.last else { return (evaluation, [], []) }
        let records = employee.absences.filter { latest.spell.recordIds.contains($0.id) }
        let script = latest.spell.ongoing ? [] : RTWScriptBuilder.script(policy: evaluator.policy, spell: latest.spell, records: records,
                                                                          evaluation: evaluation, duties: latest.duties)
        return (evaluation, spells.flatMap(\.duties), script)
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
        return planner.duties(spell: spell, records: records, leave: record.absences.filter { $0.type == .annualLeave },
                              facts: employee.facts(for: spell.recordIds), asOf: day)
    }
}

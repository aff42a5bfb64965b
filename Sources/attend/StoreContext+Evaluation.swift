import AttendanceRules
import AttendanceStore

extension StoreContext {
    /// What has been recorded for an absence, for marking duties done.
    func facts(for employee: EmployeeDocument, absenceIds: [String]) -> AbsenceFacts {
        let ids = Set(absenceIds)
        return AbsenceFacts(
            rtwHeldOn: employee.interviews.first { ids.contains($0.absenceId) && $0.status == .signedOff }?.heldOn,
            contacts: employee.contacts.filter { $0.absenceId.map(ids.contains) ?? true }.map(\.on),
            selfCertificateReceived: employee.absences.contains { ids.contains($0.id) && $0.certificate == .selfCertificate },
            fitNoteReceivedOn: employee.fitNotes.filter { ids.contains($0.absenceId) }.map(\.received).min(),
            occupationalHealthReferredOn: nil,
            latestMedicalEvidence: employee.fitNotes.filter { ids.contains($0.absenceId) }.map(\.received).max())
    }

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
                                    facts: facts(for: employee, absenceIds: spell.recordIds), asOf: day)
        let script = spell.ongoing ? [] : RTWScriptBuilder.script(policy: evaluator.policy, spell: spell, records: records,
                                                                   evaluation: evaluation, duties: duties)
        return (evaluation, duties, script)
    }
}

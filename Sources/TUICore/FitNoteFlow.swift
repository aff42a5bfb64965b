import AttendanceRules
import AttendanceStore

/// Record a fit note (`f`): the dates it covers and any "may be fit" adjustments.
public struct FitNoteFlow: Hashable, Sendable, FormFlow {
    public var employeeId: String
    public var form: FormState
    public var phase: FlowPhase = .editing

    var title: String { "Record a fit note" }
    var active: ActiveFlow { .fitNote(self) }
    var draftKind: String? { "fit-note" }

    public init(employeeId: String, today: CalendarDay) {
        self.employeeId = employeeId
        form = FormState(fields: [
            FormField(id: "from", label: "Covers from", help: FormFlowSupport.dateHelp),
            FormField(id: "to", label: "Covers to", help: FormFlowSupport.dateHelp),
            FormField(id: "received", label: "Received on", value: today.ukDisplay, help: FormFlowSupport.dateHelp),
            FormField(id: "mayBeFit", label: "May be fit for work", value: "no", kind: .choice(["no", "yes"])),
            FormField(id: "adjustments", label: "Suggested adjustments", kind: .multiline(rows: 3), help: "phased return, amended duties ... (not binding)",
                      limit: TextRules.noteLimit),
        ])
    }

    mutating func save(_ state: inout AppState) -> [AppEffect] {
        form.clearErrors()
        guard var employee = state.data.employee(employeeId) else { return [] }
        let from = FormFlowSupport.day(form.value("from")), to = FormFlowSupport.day(form.value("to"))
        let received = FormFlowSupport.day(form.value("received"))
        if from == nil { form.setError("from", "not a date; type dd/mm/yyyy") }
        if to == nil { form.setError("to", "not a date; type dd/mm/yyyy") }
        if received == nil { form.setError("received", "not a date; type dd/mm/yyyy") }
        if let from, let to, to < from { form.setError("to", "before the first day covered") }
        if let received, received > state.data.today { form.setError("received", "in the future") }
        guard let from, let to, let received, !form.hasErrors else { return [] }
        guard let index = employee.absences.lastIndex(where: { $0.type == .sickness && $0.start <= to }) else {
            form.setError("from", "no sickness absence for this note")
            return []
        }
        let absence = employee.absences[index]
        var n = employee.fitNotes.count + 1
        while employee.fitNotes.contains(where: { $0.id == "fn-\(n)" }) { n += 1 }
        let adjustments = form.value("adjustments")
        employee.fitNotes.append(FitNoteRecord(id: "fn-\(n)", absenceId: absence.id, from: from, to: to, received: received,
                                               mayBeFit: form.value("mayBeFit") == "yes", adjustments: adjustments.isEmpty ? nil : adjustments))
        if absence.certificate != .fitNote {
            employee.absences[index] = AbsenceRecord(
                id: absence.id, type: absence.type, start: absence.start, end: absence.end, firstDayWorkedFraction: absence.firstDayWorkedFraction,
                lastDayWorkedFraction: absence.lastDayWorkedFraction, related: absence.related, reason: absence.reason,
                certificate: .fitNote, fitNoteFrom: absence.fitNoteFrom ?? from, hrDecision: absence.hrDecision)
        }
        phase = .saving
        return [.save(employee, action: "fitnote.add", summary: "fit note fn-\(n) for \(absence.id)")]
    }

    mutating func didSave(_ data: AppData) -> [AppEffect] {
        phase = .saved(["What is due:"] + FormFlowSupport.dutyLines(data, employeeId: employeeId))
        return []
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        FormFlowSupport.draw(form: form, phase: phase, intro: [], into: &buffer, area: area)
    }
}

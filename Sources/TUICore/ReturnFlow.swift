import AttendanceRules
import AttendanceStore

/// Record the return to work (`r`): the day back and, for a part day, the fraction worked.
public struct ReturnFlow: Hashable, Sendable, FormFlow {
    public var employeeId: String
    public var form: FormState
    public var phase: FlowPhase = .editing

    var title: String { "Record the return to work" }
    var active: ActiveFlow { .recordReturn(self) }
    var draftKind: String? { "return" }

    public init(employeeId: String, today: CalendarDay) {
        self.employeeId = employeeId
        form = FormState(fields: [
            FormField(id: "on", label: "Back at work on", value: today.ukDisplay, help: "the last day absent is the day before"),
            FormField(id: "fraction", label: "Part of the day worked", help: "the fraction worked on a part day, e.g. 0.5; else leave empty"),
        ])
    }

    var cancelMessage: String? { "Return not recorded." }

    var hints: [KeyHint] {
        if case .saved = phase { return FormFlowSupport.savedHints + [KeyHint("i", "return-to-work interview")] }
        return Self.formHints
    }

    /// `i` in the saved panel opens the interview it offers; the rest are the form's keys.
    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        if case .saved = phase, key == .character("i") {
            let opened = InterviewFlow.open(data: state.data, employeeId: employeeId)
            state.flow = opened.flow.map(ActiveFlow.interview)
            state.message = opened.message
            return []
        }
        return formReduce(&state, key)
    }
    mutating func save(_ state: inout AppState) -> [AppEffect] {
        form.clearErrors()
        guard var employee = state.data.employee(employeeId) else { return [] }
        guard let index = employee.absences.firstIndex(where: { $0.type == .sickness && $0.end == nil }) else {
            form.setError("on", "\(employee.name) is not off sick")
            return []
        }
        let open = employee.absences[index]
        let back = FormFlowSupport.day(form.value("on"))
        if back == nil { form.setError("on", "not a date; type dd/mm/yyyy") }
        if let back, back > state.data.today { form.setError("on", "in the future; record the return once it happens") }
        var fraction: Double?
        if !form.value("fraction").isEmpty {
            fraction = Double(form.value("fraction"))
            if fraction.map({ !(0..<1).contains($0) }) ?? true { form.setError("fraction", "a fraction from 0 up to 1, e.g. 0.5") }
        }
        guard let back, !form.hasErrors else { return [] }
        let last = fraction == nil ? back.previous : back
        if last < open.start {
            form.setError("on", "before the absence started (\(open.start.ukDisplay))")
            return []
        }
        employee.absences[index] = AbsenceRecord(
            id: open.id, type: open.type, start: open.start, end: last, firstDayWorkedFraction: open.firstDayWorkedFraction,
            lastDayWorkedFraction: fraction, related: open.related, reason: open.reason, certificate: open.certificate,
            fitNoteFrom: open.fitNoteFrom, hrDecision: open.hrDecision)
        phase = .saving
        return [.save(employee, action: "sickness.return", summary: "returned \(back.iso) (\(open.id))")]
    }

    mutating func didSave(_ data: AppData) -> [AppEffect] {
        var lines: [String] = []
        if let evaluation = data.evaluation(employeeId) {
            let f = evaluation.figures
            lines.append("Window: \(Plural.of(f.occasions, "spell")), \(f.calendarDays) calendar / \(Plural.of(f.workingDays, "working day"))\(f.bradford.map { ", Bradford \(TriggerEvaluator.format($0))" } ?? "")")
            lines.append("Next step: \(evaluation.nextStep.title)")
        }
        phase = .saved(lines + ["What is due:"] + FormFlowSupport.dutyLines(data, employeeId: employeeId) + ["Press i for the return-to-work interview."])
        return []
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let open = state.data.employee(employeeId)?.openSickness
        FormFlowSupport.draw(form: form, phase: phase,
                             intro: [open.map { "Off sick since \($0.start.ukDisplay) (\($0.id))." } ?? "Not off sick."], into: &buffer, area: area)
    }
}

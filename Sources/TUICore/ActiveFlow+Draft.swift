import AttendanceRules

extension ActiveFlow {
    /// The unsaved form, when this flow is being filled in.
    public var draft: FlowDraft? {
        func make(_ kind: String, _ id: String, _ form: FormState, _ phase: FlowPhase) -> FlowDraft? {
            guard phase == .editing else { return nil }
            return FlowDraft(kind: kind, employeeId: id, values: Dictionary(form.fields.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a }))
        }
        switch self {
        case .sicknessCall(let f): return make("sickness-call", f.employeeId, f.form, f.phase)
        case .recordReturn(let f): return make("return", f.employeeId, f.form, f.phase)
        case .contact(let f): return make("contact", f.employeeId, f.form, f.phase)
        case .fitNote(let f): return make("fit-note", f.employeeId, f.form, f.phase)
        // A correction (moving a meeting, correcting an outcome) is not kept: restored, it would
        // open as a new record.
        case .scheduleMeeting(let f): return f.rescheduling == nil ? make("meeting", f.employeeId, f.form, f.phase) : nil
        case .stageOutcome(let f): return f.editing == nil ? make("stage-outcome", f.employeeId, f.form, f.phase) : nil
        case .interview: return nil  // saved answer by answer in the store
        // A correction is one reason away from saved, and a history is read-only: neither is kept.
        case .correction, .history: return nil
        }
    }

    /// Reopens a kept draft with its values, if the person is still in the store.
    public static func restore(_ draft: FlowDraft, data: AppData, clockMinute: Int) -> ActiveFlow? {
        guard data.employee(draft.employeeId) != nil else { return nil }
        func fill(_ form: inout FormState) {
            for i in form.fields.indices { if let v = draft.values[form.fields[i].id] { form.fields[i].value = v } }
        }
        switch draft.kind {
        case "sickness-call":
            var f = SicknessCallFlow(employeeId: draft.employeeId, today: data.today, now: clockMinute)
            fill(&f.form)
            return .sicknessCall(f)
        case "return":
            var f = ReturnFlow(employeeId: draft.employeeId, today: data.today)
            fill(&f.form)
            return .recordReturn(f)
        case "contact":
            var f = ContactFlow(employeeId: draft.employeeId, today: data.today)
            fill(&f.form)
            return .contact(f)
        case "fit-note":
            var f = FitNoteFlow(employeeId: draft.employeeId, today: data.today)
            fill(&f.form)
            return .fitNote(f)
        case "meeting":
            guard var f = MeetingFlow(data: data, employeeId: draft.employeeId, now: clockMinute) else { return nil }
            fill(&f.form)
            f.recheck(data)
            return .scheduleMeeting(f)
        case "stage-outcome":
            guard var f = StageOutcomeFlow(data: data, employeeId: draft.employeeId) else { return nil }
            fill(&f.form)
            return .stageOutcome(f)
        default:
            return nil
        }
    }
}

import AttendanceRules

extension ActiveFlow {
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
        case "interview":
            guard var f = InterviewFlow.open(data: data, employeeId: draft.employeeId).flow else { return nil }
            f.restore(draft)
            return .interview(f)
        default:
            return nil
        }
    }
}

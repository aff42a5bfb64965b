import AttendanceRules
import AttendanceStore

/// Correct the record under the cursor (issue 12): `x` voids it with a reason; `e` on an
/// absence changes its dates or type with a reason. The same checks as the add run (an
/// absence must not overlap another), and the reason goes into the history with the change.
public struct CorrectionFlow: Hashable, Sendable, FormFlow {
    public enum Mode: Hashable, Sendable {
        case void(RecordReference)
        case editAbsence(String)
    }

    public let employeeId: String
    public let mode: Mode
    public var form: FormState
    public var phase: FlowPhase = .editing

    var title: String {
        switch mode {
        case .void: "Void a record"
        case .editAbsence: "Correct an absence"
        }
    }
    var active: ActiveFlow { .correction(self) }

    /// The flow for `mode`, or nil with the reason it cannot open.
    public static func open(data: AppData, employeeId: String, mode: Mode) -> (flow: CorrectionFlow?, message: String?) {
        guard let employee = data.employee(employeeId) else { return (nil, "This employee is no longer in the store.") }
        switch mode {
        case .void(let record):
            if let problem = employee.problem(finding: record.kind, id: record.id) { return (nil, problem.prefix(1).uppercased() + problem.dropFirst() + ".") }
            return (CorrectionFlow(employeeId: employeeId, mode: mode, form: FormState(fields: [
                FormField(id: "reason", label: "Why void it", help: "kept in the history, e.g. logged for the wrong person", limit: TextRules.noteLimit),
            ])), nil)
        case .editAbsence(let id):
            guard let absence = employee.absences.first(where: { $0.id == id }) else {
                return (nil, employee.problem(finding: .absence, id: id).map { $0.prefix(1).uppercased() + $0.dropFirst() + "." })
            }
            return (CorrectionFlow(employeeId: employeeId, mode: mode, form: FormState(fields: [
                FormField(id: "type", label: "Type", value: absence.type.rawValue, kind: .choice(AbsenceType.allCases.map(\.rawValue))),
                FormField(id: "from", label: "First day", value: absence.start.ukDisplay, help: FormFlowSupport.dateHelp),
                FormField(id: "to", label: "Last day", value: absence.end?.ukDisplay ?? "", help: "empty: still off"),
                FormField(id: "reason", label: "Why correct it", help: "kept in the history, e.g. came back a day later", limit: TextRules.noteLimit),
            ])), nil)
        }
    }

    var cancelMessage: String? { "Nothing was changed." }

    mutating func save(_ state: inout AppState) -> [AppEffect] {
        form.clearErrors()
        guard var employee = state.data.employee(employeeId) else { return [] }
        let reason = form.value("reason").trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { form.setError("reason", "say why (it is kept in the history)") }
        switch mode {
        case .void(let record):
            guard !form.hasErrors else { return [] }
            guard let voided = try? employee.void(record.kind, id: record.id, reason: reason, by: state.actor, on: state.data.today) else {
                form.setError("reason", "this record can no longer be voided")
                return []
            }
            phase = .saving
            let names = voided.map { "\($0.kind.label) \($0.record.id)" }
            return [.correct(employee, action: "\(record.kind.rawValue).void", summary: "voided \(names.joined(separator: ", "))", reason: reason)]
        case .editAbsence(let id):
            guard let index = employee.absences.firstIndex(where: { $0.id == id }) else { return [] }
            let old = employee.absences[index]
            let type = AbsenceType(rawValue: form.value("type")) ?? old.type
            let from = FormFlowSupport.day(form.value("from"))
            if from == nil { form.setError("from", "not a date; type dd/mm/yyyy") }
            let toText = form.value("to").trimmingCharacters(in: .whitespaces)
            let to = toText.isEmpty ? nil : FormFlowSupport.day(toText)
            if !toText.isEmpty && to == nil { form.setError("to", "not a date; type dd/mm/yyyy, or leave it empty") }
            guard let from, !form.hasErrors else { return [] }
            let edited = AbsenceRecord(id: old.id, type: type, start: from, end: to, firstDayWorkedFraction: old.firstDayWorkedFraction,
                                       lastDayWorkedFraction: to == old.end ? old.lastDayWorkedFraction : nil, related: old.related,
                                       reason: old.reason, certificate: old.certificate, fitNoteFrom: old.fitNoteFrom, hrDecision: old.hrDecision)
            if edited == old {
                form.setError("from", "nothing changed")
                return []
            }
            var others = employee
            others.absences.remove(at: index)
            if let problem = others.problems(adding: edited, today: state.data.today).first {
                form.setError(problem.contains("overlap") || problem.contains("start") ? "from" : "to", problem)
                return []
            }
            employee.absences[index] = edited
            phase = .saving
            return [.correct(employee, action: "absence.edit", summary: "corrected \(id)", reason: reason)]
        }
    }

    mutating func didSave(_ data: AppData) -> [AppEffect] {
        let changes = data.employee(employeeId)?.history.last?.changes?.map { "  \(UKDates.inText($0.text))" } ?? []
        phase = .saved(["Saved, with your reason, in the history:"] + changes + ["What is due:"] + FormFlowSupport.dutyLines(data, employeeId: employeeId))
        return []
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        var intro: [String] = []
        switch mode {
        case .void(let record):
            intro.append("Void \(record.historyName): it stops counting everywhere and is kept, voided, with your reason.")
            if record.kind == .absence, let e = state.data.employee(employeeId) {
                let linked = e.sicknessCalls.filter { $0.absenceId == record.id }.map(\.id) + e.fitNotes.filter { $0.absenceId == record.id }.map(\.id)
                    + e.contacts.filter { $0.absenceId == record.id }.map(\.id) + e.interviews.filter { $0.absenceId == record.id }.map(\.id)
                    + e.selfCertificates.filter { $0.absenceId == record.id }.map(\.id) + e.ohReferrals.filter { $0.absenceId == record.id }.map(\.id)
                if !linked.isEmpty { intro.append("With it: \(linked.joined(separator: ", ")).") }
            }
            // A void is for a mistake; a real change of plan has its own command (D-81).
            if record.kind == .stage { intro.append("Its warning goes with it. To withdraw a real warning: `attend stage withdraw-warning`.") }
            if record.kind == .meeting { intro.append("To call off a real meeting (with a cancellation for calendars): `attend meeting cancel`.") }
        case .editAbsence(let id):
            intro.append("Correct absence \(id): the figures and duties follow at once; your reason is kept in the history.")
        }
        FormFlowSupport.draw(form: form, phase: phase, intro: intro, into: &buffer, area: area, keepsDraft: false)
    }
}

import AttendanceRules
import AttendanceStore

/// Record a contact during an absence (`k`).
public struct ContactFlow: Hashable, Sendable, FormFlow {
    public var employeeId: String
    public var form: FormState
    public var phase: FlowPhase = .editing

    var title: String { "Record a contact" }
    var active: ActiveFlow { .contact(self) }
    var draftKind: String? { "contact" }

    public init(employeeId: String, today: CalendarDay) {
        self.employeeId = employeeId
        form = FormState(fields: [
            FormField(id: "on", label: "Day of contact", value: today.ukDisplay, help: FormFlowSupport.dateHelp),
            FormField(id: "by", label: "Made by", value: "manager", kind: .choice(["manager", "employee"])),
            FormField(id: "via", label: "Channel", value: "phone", kind: .choice(CallChannel.allCases.map(\.rawValue))),
            FormField(id: "note", label: "Private note", kind: .multiline(rows: 3), help: "stays in the employee's file; never exported",
                      limit: TextRules.noteLimit),
        ])
    }

    mutating func save(_ state: inout AppState) -> [AppEffect] {
        form.clearErrors()
        guard var employee = state.data.employee(employeeId) else { return [] }
        let day = FormFlowSupport.day(form.value("on"))
        if day == nil { form.setError("on", "not a date; type dd/mm/yyyy") }
        if let day, day > state.data.today { form.setError("on", "in the future") }
        guard let day, !form.hasErrors else { return [] }
        let absence = employee.absences.filter { $0.type == .sickness && $0.start <= day }.max { $0.start < $1.start }
        var n = employee.contacts.count + 1
        while employee.contacts.contains(where: { $0.id == "c-\(n)" }) { n += 1 }
        let note = form.value("note")
        employee.contacts.append(ContactRecord(id: "c-\(n)", absenceId: absence?.id, on: day, by: form.value("by"),
                                               via: CallChannel(rawValue: form.value("via")) ?? .phone, note: note.isEmpty ? nil : note))
        phase = .saving
        return [.save(employee, action: "contact.add", summary: "contact c-\(n) on \(day.iso)")]
    }

    mutating func didSave(_ data: AppData) -> [AppEffect] {
        phase = .saved(["What is due:"] + FormFlowSupport.dutyLines(data, employeeId: employeeId))
        return []
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        FormFlowSupport.draw(form: form, phase: phase, intro: [], into: &buffer, area: area)
    }
}

import AttendanceRules
import AttendanceStore

/// Log a sickness call (`c` on the roster): who, first day, time and channel of the call
/// (flagging a late call or a text per the policy), reason category including the policy's
/// special categories, a private note and the expected return. On save, the duties it
/// starts appear with their dates.
public struct SicknessCallFlow: Hashable, Sendable, FormFlow {
    public var employeeId: String
    public var form: FormState
    public var phase: FlowPhase = .editing

    var title: String { "Log a sickness call" }
    var active: ActiveFlow { .sicknessCall(self) }
    var draftKind: String? { "sickness-call" }

    public init(employeeId: String, today: CalendarDay, now: Int) {
        self.employeeId = employeeId
        let hhmm = LocalDateTime(day: today, minuteOfDay: now).hhmm
        form = FormState(fields: [
            FormField(id: "firstDay", label: "First day", value: today.ukDisplay, help: FormFlowSupport.dateHelp),
            FormField(id: "received", label: "Call received at", value: hhmm, help: FormFlowSupport.timeHelp + " on the first day"),
            FormField(id: "via", label: "Channel", value: "phone", kind: .choice(CallChannel.allCases.map(\.rawValue))),
            FormField(id: "reason", label: "Reason category", value: ReasonCategory.notGiven.rawValue, kind: .choice(ReasonCategory.allCases.map(\.rawValue)),
                      help: "type to pick, e.g. back; a category, never a diagnosis",
                      names: Dictionary(uniqueKeysWithValues: ReasonCategory.allCases.map { ($0.rawValue, $0.name) })),
            FormField(id: "related", label: "Related to", value: "none", kind: .choice(["none"] + RelatedCategory.allCases.map(\.rawValue)),
                      help: "pregnancy, disability, infectious disease, injury at work ... (the policy may not count it)",
                      names: Dictionary(uniqueKeysWithValues: [("none", "Nothing of these")] + RelatedCategory.allCases.map { ($0.rawValue, $0.label.prefix(1).uppercased() + $0.label.dropFirst()) })),
            FormField(id: "note", label: "Private note", kind: .multiline(rows: 3), help: "stays in the employee's file; never exported",
                      limit: TextRules.noteLimit),
            FormField(id: "expected", label: "Expected return", help: "dd/mm/yyyy, optional"),
        ])
    }

    var cancelMessage: String? { "Call not logged." }
    /// Validates every field; on success returns the save effect, else marks the fields.
    mutating func save(_ state: inout AppState) -> [AppEffect] {
        form.clearErrors()
        guard var employee = state.data.employee(employeeId), let policy = state.data.policy(for: employee) else {
            state.message = "This employee is no longer in the store."
            return []
        }
        let today = state.data.today
        let first = FormFlowSupport.day(form.value("firstDay"))
        if first == nil { form.setError("firstDay", "not a date; type dd/mm/yyyy") }
        if let first, first > today { form.setError("firstDay", "in the future; sickness starts today at the latest") }
        let minute = FormFlowSupport.minute(form.value("received"))
        if minute == nil { form.setError("received", FormFlowSupport.timeError) }
        var expected: CalendarDay?
        if !form.value("expected").isEmpty {
            expected = FormFlowSupport.day(form.value("expected"))
            if expected == nil { form.setError("expected", "not a date; type dd/mm/yyyy or leave empty") }
            if let e = expected, let f = first, e <= f { form.setError("expected", "must be after the first day") }
        }
        guard let first, let minute, !form.hasErrors else { return [] }
        let id = employee.newAbsenceId()
        let related = RelatedCategory(rawValue: form.value("related"))
        let reason = ReasonCategory(rawValue: form.value("reason"))
        let record = AbsenceRecord(id: id, type: .sickness, start: first, end: nil, related: related, reason: reason)
        let problems = employee.problems(adding: record, today: today)
        if !problems.isEmpty {
            form.setError("firstDay", problems[0])
            return []
        }
        let channel = CallChannel(rawValue: form.value("via")) ?? .phone
        let received = LocalDateTime(day: first, minuteOfDay: minute)
        let start = employee.startTime.flatMap(PolicyLoader.minuteOfDay) ?? 540
        let flags = NotificationCheck.flags(policy: policy, firstDay: first, receivedAt: received, channel: channel.rawValue, normalStart: start)
        employee.absences.append(record)
        let note = form.value("note")
        employee.sicknessCalls.append(SicknessCall(id: "call-\(id)", absenceId: id, receivedAt: received, via: channel,
                                                   reason: reason, note: note.isEmpty ? nil : note, expectedReturn: expected, flags: flags))
        phase = .saving
        return [.save(employee, action: "sickness.call", summary: "sickness from \(first.iso) (\(id))")]
    }

    /// After the save: the flags and the duties the absence starts.
    mutating func didSave(_ data: AppData) -> [AppEffect] {
        var flags = data.employee(employeeId)?.sicknessCalls.last?.flags.map { "FLAG: \($0)" } ?? []
        if let warning = Self.notAWorkingDay(data.employee(employeeId), form.value("firstDay")) { flags.insert(warning, at: 0) }
        phase = .saved(flags + ["What is due:"] + FormFlowSupport.dutyLines(data, employeeId: employeeId)
                       + FormFlowSupport.planLines(data, employeeId: employeeId))
        return []
    }

    /// A word when the first day typed is not one the person works (a warning, not a refusal:
    /// someone may be called in on an extra day): "Siân works Tuesdays and Thursdays; is
    /// Wednesday 02/12/2026 right?"
    static func notAWorkingDay(_ employee: EmployeeDocument?, _ text: String) -> String? {
        guard let employee, let day = FormFlowSupport.day(text), !employee.pattern.days.contains(day.weekday) else { return nil }
        let days = employee.pattern.sortedDays.map { $0.name + "s" }
        let list = days.count > 1 ? days.dropLast().joined(separator: ", ") + " and " + (days.last ?? "") : days.joined()
        let first = employee.name.split(separator: " ").first.map(String.init) ?? employee.name
        return "⚠ \(first) works \(list.isEmpty ? "no fixed days" : list); is \(day.weekday.name) \(day.ukDisplay) right?"
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let warning = Self.notAWorkingDay(state.data.employee(employeeId), form.value("firstDay"))
        FormFlowSupport.draw(form: form, phase: phase, intro: [warning ?? "Record a reason category, never a diagnosis."], into: &buffer, area: area)
    }
}

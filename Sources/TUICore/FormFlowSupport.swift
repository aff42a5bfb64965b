import AttendanceRules
import AttendanceStore

/// Shared parts of the form flows: parsing dates and times with messages beside the field,
/// drawing the form with its phase, and the duties to show after a save.
enum FormFlowSupport {
    /// A date typed as dd/mm/yyyy (the UK display form) or yyyy-mm-dd.
    static func day(_ text: String) -> CalendarDay? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let iso = CalendarDay(iso: t) { return iso }
        let parts = t.split(separator: "/")
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    /// A time as people type it (08:10, 8.10, 0810, 8am: `TypedTime`).
    static func minute(_ text: String) -> Int? { TypedTime.minute(text) }

    static let dateHelp = "dd/mm/yyyy"
    static let savedHints = [KeyHint("Enter Esc", "close")]
    static let timeHelp = "e.g. 08:10, 8.10, 0810 or 8am"
    static let timeError = "not a time; type e.g. 08:10, 8.10, 0810 or 8am"

    /// The width a flow's form is drawn at (inside the flow's box and its margin).
    static func formWidth(_ state: AppState) -> Int { max(20, state.width - 6) }

    /// The duties of the person's latest spell, as lines for the "saved" panel.
    static func dutyLines(_ data: AppData, employeeId: String) -> [String] {
        guard let summary = PersonSummary(data: data, id: employeeId) else { return [] }
        let duties = summary.duties.sorted { ($0.due ?? data.today) < ($1.due ?? data.today) }
        if duties.isEmpty { return ["Nothing is due under the policy yet."] }
        return duties.map { duty in
            "[\(duty.status.rawValue)] \(duty.title)\(duty.due.map { " — \($0.ukDisplay)" } ?? "") (\(duty.source))"
        }
    }

    /// What the policy will ask for if the open absence goes on (six months ahead), beyond
    /// what is on the duty list already: each with its date, so a call shows the whole plan.
    static func planLines(_ data: AppData, employeeId: String) -> [String] {
        guard let employee = data.employee(employeeId), let policy = data.policy(for: employee) else { return [] }
        let listed = Set(PersonSummary(data: data, id: employeeId)?.duties.filter { $0.due.map { $0 >= data.today } ?? true }.map(\.id) ?? [])
        let plan = employee.dutiesIfItGoesOn(until: data.today.adding(days: 183), today: data.today, policy: policy,
                                             holidays: data.holidays, organisation: data.organisation).filter { !listed.contains($0.id) }
        guard !plan.isEmpty else { return [] }
        return ["If the absence goes on:"] + plan.map { duty in
            "  \(EmployeeDocument.planWhen(duty, policy: policy)): \(duty.title) (\(duty.source))"
        }
    }

    /// Draws a form flow: the form and its keys while editing; once saved, what follows (the
    /// duties, flags) over the whole box, wrapped, so nothing is cut off at 80x24.
    /// `keepsDraft: false` for a form whose typing is not kept on Esc (a correction's reason).
    static func draw(form: FormState, phase: FlowPhase, intro: [String], into buffer: inout ScreenBuffer, area: Rect, keepsDraft: Bool = true) {
        if case .saved(let lines) = phase {
            drawSaved(lines, into: &buffer, area: area)
            return
        }
        var y = area.y
        for line in intro {
            buffer.put(TextWidth.truncate(line, to: area.width - 2), x: area.x + 1, y: y, style: .dim)
            y += 1
        }
        y += intro.isEmpty ? 0 : 1
        let height = form.height(width: area.width - 2)
        form.draw(into: &buffer, rect: Rect(x: area.x + 1, y: y, width: area.width - 2, height: height))
        y += height
        if phase == .saving {
            buffer.put("Saving…", x: area.x + 1, y: y, style: .bold)
        } else {
            buffer.put(keepsDraft ? "Ctrl-S saves · Esc leaves, what you typed is kept (D)" : "Ctrl-S saves · Esc leaves, nothing is changed",
                       x: area.x + 1, y: y, style: .dim, maxX: area.maxX - 1)
        }
    }

    /// The saved panel: "Saved." and its lines wrapped to the box.
    static func drawSaved(_ lines: [String], into buffer: inout ScreenBuffer, area: Rect) {
        buffer.put("Saved. Enter or Esc to close.", x: area.x + 1, y: area.y, style: Style(foreground: .green, attributes: .bold))
        let wrapped = lines.flatMap { TextWrap.wrap($0, width: area.width - 2, indent: "    ") }
        for (i, line) in wrapped.enumerated() where area.y + 2 + i < area.maxY {
            buffer.put(line, x: area.x + 1, y: area.y + 2 + i, maxX: area.maxX - 1)
        }
    }
}

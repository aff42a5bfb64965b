import AttendanceRules
import AttendanceStore

/// The guided return-to-work interview (`i` on a person): the policy's script for the latest
/// ended sickness absence, one prompt at a time with the context beside it. Every answer and
/// agreed action is saved at once to a draft (`rtw-<absence>`), so a draft survives quitting
/// or a lost terminal and is resumed at the first unanswered prompt; the last step signs off.
public struct InterviewFlow: Hashable, Sendable, Flow {
    public static let hints: [KeyHint] = [
        KeyHint("Enter", "save, next"), KeyHint("↑↓ PgUp/Dn", "prompt"), KeyHint("Tab", "actions, sign-off"),
        KeyHint("Esc", "close, draft kept"),
    ]
    var hints: [KeyHint] { Self.hints }
    var title: String { "Return-to-work interview" }
    var draftKind: String? { "interview" }

    /// Typed and not yet saved (an answer not confirmed with Enter, an action, the signer):
    /// kept on Esc, Ctrl-C or a crash like any form, and put back when the interview reopens.
    var draft: FlowDraft? {
        guard phase == .editing, !(edits.isEmpty && actionText.isEmpty) else { return nil }
        var values = edits
        values[Self.actionKey] = actionText
        return FlowDraft(kind: "interview", employeeId: employeeId, values: values)
    }

    static let actionKey = "·action"
    static let notRecorded = "not-recorded"

    /// Puts back what a kept draft held.
    mutating func restore(_ draft: FlowDraft) {
        for (key, value) in draft.values {
            if key == Self.actionKey { actionText = value } else if script.prompts.contains(where: { $0.id == key }) { edits[key] = value }
        }
        if let first = script.prompts.indices.first(where: { edits[script.prompts[$0].id] != nil }) { step = .prompt(first) }
        notice = "Resumed what you had typed and not saved."
    }
    var active: ActiveFlow { .interview(self) }

    public let employeeId: String
    public let script: InterviewScript
    /// The interview as last saved (nil until the first answer is saved).
    public var interview: RTWInterview?
    public var step: InterviewStep
    /// Typed but not yet saved answers by prompt id (kept when moving on or when a save fails).
    public var edits: [String: String] = [:]
    /// The agreed action being typed.
    public var actionText = ""
    /// Where typing goes in the answer or action being typed (a character offset; nil: the end).
    public var caret: Int?
    /// The sign-off: when it was held (default: today), the employee's acknowledgement and
    /// who signs off (default: the team's manager).
    public var signOff: FormState
    /// Who signs off, as typed.
    public var signer: String { signOff.value("signer") }
    public var phase: FlowPhase = .editing
    /// Shown beside the field: why Enter did nothing.
    public var error: String?
    /// A note under the title, e.g. "Resuming the draft".
    public var notice: String?
    var advanceAfterSave = false
    var clearActionAfterSave = false

    /// Opens the interview for the employee's latest ended sickness absence, resuming its draft;
    /// nil with the reason when there is nothing to interview about.
    public static func open(data: AppData, employeeId: String) -> (flow: InterviewFlow?, message: String?) {
        guard let employee = data.employee(employeeId) else { return (nil, "This employee is no longer in the store.") }
        guard let absence = InterviewScript.latestEndedSickness(employee) else {
            return (nil, "\(employee.name) has no ended sickness absence to interview about.")
        }
        if let done = employee.interviews.first(where: { $0.absenceId == absence.id && $0.status == .signedOff }) {
            return (nil, "The interview for the absence from \(absence.start.ukDisplay) was signed off\(done.signedOffOn.map { " on \($0.ukDisplay)" } ?? "")\(done.signedOffBy.map { " by \($0)" } ?? "").")
        }
        guard let script = InterviewScript(data: data, employeeId: employeeId, absence: absence), !script.prompts.isEmpty else {
            return (nil, "The policy has no return-to-work prompts for the absence from \(absence.start.ukDisplay).")
        }
        let draft = employee.interviews.first { $0.absenceId == absence.id && $0.status == .draft }
        let flow = InterviewFlow(employeeId: employeeId, script: script, interview: draft, signer: Self.managerName(data, employee), today: data.today)
        return (flow, flow.notice)
    }

    init(employeeId: String, script: InterviewScript, interview: RTWInterview?, signer: String, today: CalendarDay) {
        self.employeeId = employeeId
        self.script = script
        self.interview = interview
        signOff = FormState(fields: [
            FormField(id: "heldOn", label: "Held on", value: (interview?.heldOn ?? today).ukDisplay, help: "dd/mm/yyyy; the day you met"),
            FormField(id: "acknowledged", label: "Employee acknowledges", value: Self.notRecorded, kind: .choice([Self.notRecorded, "yes", "no"]),
                      help: "has the employee seen and agreed this record?",
                      names: [Self.notRecorded: "Not recorded", "yes": "Yes, they agree the record", "no": "No, they do not agree it"]),
            FormField(id: "signer", label: "Signed off by", value: signer, help: "the manager's name"),
        ])
        let missing = script.unanswered(interview)
        if let interview {
            if let first = missing.first, let index = script.prompts.firstIndex(where: { $0.id == first }) {
                step = .prompt(index)
            } else {
                step = .actions
            }
            let answered = script.prompts.count - missing.count
            notice = "Resuming the draft (\(answered) of \(script.prompts.count) answered, \(interview.agreedActions.count) agreed action\(interview.agreedActions.count == 1 ? "" : "s"))."
        } else {
            step = .prompt(0)
            notice = "New interview: \(Plural.of(script.prompts.count, "prompt")); every answer is saved as a draft at once."
        }
    }

    /// The team's manager (else the employee's own manager), to sign off by default.
    static func managerName(_ data: AppData, _ employee: EmployeeDocument) -> String {
        let org = data.organisation
        let managerId = org.teams.first { $0.id == employee.teamId }?.managerId ?? employee.managerId
        return org.managers.first { $0.id == managerId }?.name ?? ""
    }

    /// The answer shown for a prompt: what is being typed, else what was saved.
    public func answer(_ promptId: String) -> String { edits[promptId] ?? interview?.answers[promptId] ?? "" }

    var steps: [InterviewStep] { script.prompts.indices.map { .prompt($0) } + [.actions, .signOff] }

    mutating func move(_ delta: Int) {
        let all = steps
        let index = all.firstIndex(of: step) ?? 0
        step = all[min(max(index + delta, 0), all.count - 1)]
        error = nil
        caret = nil
    }

    // MARK: Keys

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        switch phase {
        case .saving: return []
        case .saved:
            if key == .enter || key == .escape { state.flow = nil }
            return []
        case .editing: break
        }
        if case .signOff = step, key != .escape, key != .tab, key != .backTab, key != .enter, key != .pageUp, key != .control("s") {
            // ↑ on the first sign-off field goes back to the agreed actions.
            if key == .up && signOff.focus == 0 { move(-1); return [] }
            if key == .down && signOff.isOnLastField { return [] }
            error = nil
            _ = signOff.handle(key, width: FormFlowSupport.formWidth(state))
            return []
        }
        switch key {
        case .escape:
            state.flow = nil
            state.message = interview == nil ? "Interview not started." : "Draft kept; press i to resume the interview."
        case .control("s"):
            if case .signOff = step { return enter(&state) }
            return enter(&state)
        case .up, .pageUp, .backTab: move(-1)
        case .down, .pageDown: move(1)
        case .tab:
            switch step {
            case .prompt: step = .actions
            case .actions: step = .signOff
            case .signOff: step = .prompt(0)
            }
            error = nil
            caret = nil
        case .enter:
            return enter(&state)
        case .left, .right, .home, .end, .backspace, .delete, .character:
            typeAtCaret { $0.handle(key, width: FormFlowSupport.formWidth(state)) }
        default:
            break
        }
        return []
    }

    /// A paste goes into the answer, action or signer being typed, newlines kept in the
    /// answers and actions.
    mutating func paste(_ text: String, _ state: inout AppState) {
        guard phase == .editing else { return }
        let multiline: Bool
        if case .signOff = step { multiline = false } else { multiline = true }
        if multiline {
            typeAtCaret { $0.paste(text); return true }
        } else {
            let cleaned = TextEditing.cleaned(text, multiline: false)
            edit { $0 += cleaned }
        }
    }

    /// The answer or action being typed as a one-field form (the forms' editing at a cursor),
    /// changed by `change` and put back with its cursor.
    mutating func typeAtCaret(_ change: (inout FormState) -> Bool) {
        var text = ""
        edit { text = $0 }
        var form = FormState(fields: [FormField(id: "text", label: "", value: text, kind: .multiline(rows: 3), limit: TextRules.noteLimit)])
        form.fields[0].cursor = caret
        _ = change(&form)
        let typed = form.fields[0]
        edit { $0 = typed.value }
        caret = typed.cursor
        if let problem = typed.error { error = problem }
    }

    mutating func edit(_ change: (inout String) -> Void) {
        error = nil
        switch step {
        case .prompt(let i):
            let id = script.prompts[i].id
            var text = answer(id)
            change(&text)
            edits[id] = text
        case .actions: change(&actionText)
        case .signOff:
            var text = signOff.fields[signOff.focus].value
            change(&text)
            signOff.fields[signOff.focus].value = text
        }
    }

    mutating func enter(_ state: inout AppState) -> [AppEffect] {
        error = nil
        switch step {
        case .prompt(let i):
            let id = script.prompts[i].id
            let text = answer(id).trimmingCharacters(in: .whitespaces)
            if text.isEmpty { error = "type an answer first (↓ moves on without one)"; return [] }
            if text == interview?.answers[id] { edits[id] = nil; move(1); return [] }
            guard let document = document(state.data, { $0.answers[id] = text }) else { return gone(&state) }
            advanceAfterSave = true
            phase = .saving
            return [.save(document, action: "interview.answer", summary: "draft rtw-\(script.absence.id): answered \(id)")]
        case .actions:
            let text = actionText.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { move(1); return [] }
            guard let document = document(state.data, { $0.agreedActions.append(text) }) else { return gone(&state) }
            clearActionAfterSave = true
            phase = .saving
            return [.save(document, action: "interview.answer", summary: "draft rtw-\(script.absence.id): agreed action added")]
        case .signOff:
            var answers = interview?.answers ?? [:]
            for (id, text) in edits where !text.trimmingCharacters(in: .whitespaces).isEmpty {
                answers[id] = text.trimmingCharacters(in: .whitespaces)
            }
            let missing = script.prompts.filter { (answers[$0.id] ?? "").isEmpty }
            if !missing.isEmpty {
                error = "\(missing.count) prompt\(missing.count == 1 ? " has" : "s have") no answer yet (\(missing.map(\.id).joined(separator: ", "))); answer \(missing.count == 1 ? "it" : "them") first"
                return []
            }
            let name = signer
            if name.isEmpty { error = "type the name of who signs off"; return [] }
            let today = state.data.today
            guard let held = FormFlowSupport.day(signOff.value("heldOn")), held <= today, held >= script.absence.start else {
                signOff.focus = 0
                error = "Held on: type the day you met (dd/mm/yyyy), from \(script.absence.start.ukDisplay) to today"
                return []
            }
            let acknowledged: Bool? = signOff.value("acknowledged") == Self.notRecorded ? nil : signOff.value("acknowledged") == "yes"
            let action = actionText.trimmingCharacters(in: .whitespaces)
            guard let document = document(state.data, {
                $0.answers = answers
                if !action.isEmpty { $0.agreedActions.append(action) }
                $0.status = .signedOff
                $0.signedOffBy = name
                $0.signedOffOn = today
                $0.heldOn = held
                $0.employeeAcknowledged = acknowledged
            }) else { return gone(&state) }
            clearActionAfterSave = true
            phase = .saving
            return [.save(document, action: "interview.finish", summary: "signed off rtw-\(script.absence.id)")]
        }
    }

    mutating func gone(_ state: inout AppState) -> [AppEffect] {
        state.message = "This employee is no longer in the store."
        return []
    }

    /// The employee's document with the draft for this absence (created if need be) changed.
    func document(_ data: AppData, _ change: (inout RTWInterview) -> Void) -> EmployeeDocument? {
        guard var employee = data.employee(employeeId) else { return nil }
        let absenceId = script.absence.id
        let index: Int
        if let i = employee.interviews.firstIndex(where: { $0.absenceId == absenceId && $0.status == .draft }) {
            index = i
        } else {
            employee.interviews.append(RTWInterview(id: "rtw-\(absenceId)", absenceId: absenceId, heldOn: data.today))
            index = employee.interviews.count - 1
        }
        change(&employee.interviews[index])
        return employee
    }

    // MARK: After the effect

    /// The save went through: continue with the reloaded document.
    mutating func didSave(_ data: AppData) -> [AppEffect] {
        phase = .editing
        notice = nil
        let saved = data.employee(employeeId)?.interviews.last { $0.absenceId == script.absence.id }
        interview = saved
        if let saved {
            for (id, text) in edits where saved.answers[id] == text.trimmingCharacters(in: .whitespaces) { edits[id] = nil }
        }
        if clearActionAfterSave { actionText = ""; clearActionAfterSave = false }
        if let saved, saved.status == .signedOff {
            advanceAfterSave = false
            let actions = saved.agreedActions.isEmpty ? ["No agreed actions."] : ["Agreed actions:"] + saved.agreedActions.map { "  • \($0)" }
            phase = .saved(["Signed off by \(saved.signedOffBy ?? "") on \(saved.signedOffOn?.ukDisplay ?? "") (\(saved.id))."]
                + actions + ["What is due:"] + FormFlowSupport.dutyLines(data, employeeId: employeeId))
            return []
        }
        if advanceAfterSave {
            advanceAfterSave = false
            move(1)
        }
        return []
    }

    /// The store was reloaded after a change made elsewhere: show the draft as now saved,
    /// keeping what is being typed.
    mutating func refresh(_ data: AppData) {
        interview = data.employee(employeeId)?.interviews.last { $0.absenceId == script.absence.id } ?? interview
    }

    /// The save failed: back to editing with everything typed still there.
    mutating func saveFailed() {
        phase = .editing
        advanceAfterSave = false
        clearActionAfterSave = false
    }

    // MARK: Drawing

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let x = area.x + 1
        let width = area.width - 2
        guard width > 10, area.height > 4 else { return }
        var y = area.y
        // Header: the absence, progress and whether the interview is overdue.
        let missing = script.unanswered(interview).count
        let total = script.prompts.count
        let a = script.absence
        let header = "Absence \(a.start.ukDisplay)–\(a.end?.ukDisplay ?? "") · \(interview == nil ? "not started" : "draft") · \(total - missing) of \(total) answered"
        let next = buffer.put(TextWidth.truncate(header, to: width), x: x, y: y, style: .bold, maxX: x + width)
        if script.overdueSince == nil, let due = script.due {
            buffer.put("  Due by \(due.ukDisplay)", x: next, y: y, style: .dim, maxX: x + width)
        }
        y += 1
        if let since = script.overdueSince {
            let text = "⚠ Interview overdue since \(since.ukDisplay)" + (script.dutySource.map { " (\($0))" } ?? "")
            buffer.put(TextWidth.truncate(text, to: width), x: x, y: y, style: Style(foreground: .red, attributes: .bold))
        } else if let notice {
            buffer.put(TextWidth.truncate(notice, to: width), x: x, y: y, style: Style(foreground: .cyan))
        }
        y += 2
        let bottom = area.maxY - 1
        // Wide: the step on the left, the context on the right. Narrow: context below.
        let wide = width >= 96
        let leftWidth = wide ? width * 11 / 20 : width
        let stepRect = Rect(x: x, y: y, width: leftWidth, height: bottom - y)
        let used = drawStep(into: &buffer, rect: stepRect)
        if case .prompt(let i) = step {
            let prompt = script.prompts[i]
            let lines = (prompt.context.map { ["This prompt: \($0)"] } ?? []) + script.context
            let rect = wide
                ? Rect(x: x + leftWidth + 2, y: y, width: width - leftWidth - 2, height: bottom - y)
                : Rect(x: x, y: y + used + 1, width: width, height: bottom - y - used - 1)
            drawContext(lines, into: &buffer, rect: rect)
        }
        switch phase {
        case .editing: break
        case .saving: buffer.put("Saving…", x: x, y: bottom, style: .bold)
        case .saved(let lines):
            buffer.fill(Rect(x: x, y: area.y + 3, width: width, height: bottom - area.y - 3))
            var ly = area.y + 3
            buffer.put("Saved. Enter or Esc to close.", x: x, y: ly, style: Style(foreground: .green, attributes: .bold))
            ly += 1
            for line in lines where ly < area.maxY {
                buffer.put(TextWidth.truncate(line, to: width - 2), x: x + 2, y: ly)
                ly += 1
            }
        }
    }

    /// Draws the current step; returns the rows used.
    func drawStep(into buffer: inout ScreenBuffer, rect: Rect) -> Int {
        var y = rect.y
        let maxY = rect.maxY
        func line(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            guard y < maxY else { return }
            buffer.put(TextWidth.truncate(text, to: rect.width - indent), x: rect.x + indent, y: y, style: style)
            y += 1
        }
        switch step {
        case .prompt(let i):
            let prompt = script.prompts[i]
            line("Prompt \(i + 1) of \(script.prompts.count)  [\(prompt.id)]\(interview?.answers[prompt.id] != nil ? "  ✔ answered" : "")", .bold)
            for text in TextWrap.wrap(prompt.text, width: rect.width).prefix(4) { line(text) }
            line("Source: \(prompt.source)", .dim)
            y += 1
            y += field("Answer", answer(prompt.id), caret: caret, into: &buffer, x: rect.x, y: y, width: rect.width, maxLines: 3)
            if let error {
                line("✗ " + error, Style(foreground: .red, attributes: .bold))
            } else {
                line(edits[prompt.id] != nil ? "Enter saves the answer and moves on" : "Type the answer; Enter saves it and moves on", .dim)
            }
        case .actions:
            line("Agreed actions", .bold)
            let actions = interview?.agreedActions ?? []
            if actions.isEmpty { line("none yet", .dim, indent: 2) }
            for action in actions.suffix(max(1, rect.height - 6)) { line("• " + action, indent: 2) }
            y += 1
            y += field("New action", actionText, caret: caret, into: &buffer, x: rect.x, y: y, width: rect.width, maxLines: 2)
            if let error { line("✗ " + error, Style(foreground: .red, attributes: .bold)) } else {
                line("Enter adds the action (saved at once); Enter on an empty field goes to sign-off", .dim)
            }
        case .signOff:
            let missing = script.unanswered(interview)
            line("Sign off", .bold)
            line("\(script.prompts.count - missing.count) of \(script.prompts.count) prompts answered; \(Plural.of(interview?.agreedActions.count ?? 0, "agreed action"))")
            if !missing.isEmpty { line("Unanswered: \(missing.joined(separator: ", "))", Style(foreground: .yellow)) }
            y += 1
            let height = min(signOff.height(width: rect.width), max(0, maxY - y))
            signOff.draw(into: &buffer, rect: Rect(x: rect.x, y: y, width: rect.width, height: height))
            y += height
            if let error { line("✗ " + error, Style(foreground: .red, attributes: .bold)) } else {
                line("Ctrl-S (or Enter) signs off today; ↑↓ between these fields", .dim)
            }
        }
        return y - rect.y
    }

    /// A labelled text field (reversed, with the cursor), wrapped and scrolled to the cursor's
    /// line, as the forms' notes are (`FormLayout.shown`).
    func field(_ label: String, _ value: String, caret: Int?, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, maxLines: Int) -> Int {
        let labelText = label + ": "
        let labelWidth = TextWidth.of(labelText)
        buffer.put(labelText, x: x, y: y, style: .bold)
        let fieldWidth = max(8, width - labelWidth)
        var shownField = FormField(id: "text", label: "", value: value, kind: .multiline(rows: maxLines))
        shownField.cursor = caret
        let shown = FormLayout.shown(shownField, focused: true, width: fieldWidth)
        for (i, text) in shown.enumerated() {
            buffer.put(TextWidth.pad(text, to: fieldWidth), x: x + labelWidth, y: y + i, style: .reverse, maxX: x + width)
        }
        return shown.count
    }

    func drawContext(_ lines: [String], into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.height > 1, rect.width > 10 else { return }
        var y = rect.y
        buffer.put("Context", x: rect.x, y: y, style: .underline)
        y += 1
        for entry in lines {
            for (i, text) in TextWrap.wrap(entry, width: rect.width, indent: "  ").enumerated() {
                guard y < rect.maxY else { return }
                buffer.put(text, x: rect.x, y: y, style: i == 0 ? .plain : .plain)
                y += 1
            }
        }
    }
}

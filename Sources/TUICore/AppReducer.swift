import AttendanceStore
/// The one place state changes: a key or a resize in, new state and effects out.
public enum AppReducer {
    /// Keys every screen shares.
    public static let globalHints: [KeyHint] = [
        KeyHint("1-6", "switch screen (roster, calendar, year, timeline, person, this week)"),
        KeyHint("?", "help for this screen"),
        KeyHint("Esc", "back to the roster"),
        KeyHint("c r f C", "sickness call, return, fit note, contact"),
        KeyHint("/ n N", "search this screen, next and previous match (on the roster / filters)"),
        KeyHint("D", "resume a form kept unsaved"),
        KeyHint("u", "undo your last change (asks first)"),
        KeyHint("q", "quit"),
    ]

    public static func reduce(_ state: inout AppState, _ action: AppAction) -> [AppEffect] {
        switch action {
        case .resize(let width, let height):
            state.width = width
            state.height = height
            return []
        case .key(let key):
            let effects = reduceKey(&state, key)
            noteSaves(&state, effects)
            return effects
        case .reloaded(let data, let message):
            recordSaved(&state, data)
            replaceData(&state, data)
            state.message = message
            return FlowRouter.update(&state) { f, _ in f.didSave(data) }
        case .fileWritten(let path):
            state.message = "Wrote \(path)."
            return []
        case .fileFailed(let problem):
            state.message = "Saved, but \(problem)"
            return []
        case .effectFailed(let problem):
            state.savesInFlight = [:]
            state.undoInFlight = nil
            state.message = "Not saved: \(problem)"
            backToEditing(&state)
            return []
        case .saveConflict(let data, let message):
            state.savesInFlight = [:]
            state.undoInFlight = nil
            replaceData(&state, data)
            state.message = message
            backToEditing(&state)
            return []
        case .changedElsewhere(let data):
            let changedPeople = data.employees.filter { state.data.employee($0.id)?.revision != $0.revision }
            let changed = changedPeople.map(\.name), changedIds = Set(changedPeople.map(\.id))
            let organisationChanged = data.organisation.revision != state.data.organisation.revision
            replaceData(&state, data)
            FlowRouter.update(&state) { f, _ in f.refresh(data); return [] }
            if !changed.isEmpty || organisationChanged {
                let names = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " and \(changed.count - 3) more" : "")
                state.message = "Updated with changes saved elsewhere" + (names.isEmpty ? " (the organisation)." : ": \(names).")
                // The open form is told: it is kept, and saves on top of the new revision.
                if let flow = state.flow, changedIds.contains(flow.employeeId) {
                    state.message = (state.message ?? "") + " Your form is kept; it saves on top."
                }
            }
            return []
        }
    }

    /// Remembers the document before each save sent, so a landed save can be undone.
    static func noteSaves(_ state: inout AppState, _ effects: [AppEffect]) {
        for effect in effects {
            let sent: (EmployeeDocument, String, String)
            switch effect {
            case .save(let document, let action, let summary): sent = (document, action, summary)
            case .correct(let document, let action, let summary, _): sent = (document, action, summary)
            default: continue
            }
            guard state.undoInFlight == nil, let before = state.data.employee(sent.0.id) else { continue }
            state.savesInFlight[sent.0.id] = (before, sent.1, sent.2)
        }
    }

    /// A save landed: keep it as this session's latest change, or drop the change it undid.
    static func recordSaved(_ state: inout AppState, _ data: AppData) {
        if let undone = state.undoInFlight {
            state.undoInFlight = nil
            state.sessionChanges.removeAll { $0 == undone }
            return
        }
        for (id, sent) in state.savesInFlight {
            guard let after = data.employee(id) else { continue }
            state.sessionChanges.append(SessionChange(employeeId: id, action: sent.action, summary: sent.summary, before: sent.before, after: after))
        }
        state.savesInFlight = [:]
    }

    /// The stored record under the cursor: the timeline's selected item, or the absence on
    /// the calendars' cursor day, for the roster's selected person.
    static func recordUnderCursor(_ state: AppState) -> RecordReference? {
        guard let row = state.selectedRow, let employee = state.data.employee(row.id) else { return nil }
        switch state.screen {
        case .timeline:
            guard let model = TimelineScreen.timeline(state), !model.items.isEmpty else { return nil }
            let selected = TimelineScreen.resolved(state.timeline, model).selected
            return model.items.indices.contains(selected) ? model.items[selected].record : nil
        case .teamCalendar, .personYear:
            let day = state.screen == .teamCalendar ? state.calendar.cursor : state.year.cursor
            return employee.absences.first { $0.start <= day && ($0.end ?? state.data.today) >= day }.map { RecordReference(.absence, $0.id) }
        default:
            return nil
        }
    }

    /// `e` edit, `x` void and `h` history of the record under the cursor (`h` on the person
    /// screen: the person's whole history).
    static func correct(_ state: inout AppState, _ key: KeyEvent) {
        guard let row = state.selectedRow else { state.message = "Choose a person on the roster first."; return }
        let record = recordUnderCursor(state)
        if key == .character("h") {
            state.flow = .history(HistoryFlow(employeeId: row.id, record: record))
            return
        }
        guard let record else {
            state.message = state.screen == .personDetail
                ? "Choose the record on the timeline (4) or a calendar (2, 3), then press \(key == .character("e") ? "e" : "x")."
                : "Nothing recorded under the cursor to \(key == .character("e") ? "correct" : "void") (move to an absence, meeting or outcome)."
            return
        }
        let mode: CorrectionFlow.Mode
        switch (key, record.kind) {
        case (.character("x"), _):
            mode = .void(record)
        case (_, .absence):
            mode = .editAbsence(record.id)
        case (_, .meeting):
            let employee = state.data.employee(row.id)
            let problem = employee?.problem(finding: .meeting, id: record.id) ?? employee?.meetings.first { $0.id == record.id }?.rescheduleProblem
            if let flow = MeetingFlow(data: state.data, employeeId: row.id, rescheduling: record.id, now: state.clockMinute) {
                state.flow = .scheduleMeeting(flow)
            } else {
                state.message = (problem.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "Meeting \(record.id) cannot be moved") + "."
            }
            return
        case (_, .stage):
            if let flow = StageOutcomeFlow(data: state.data, employeeId: row.id, editing: record.id) {
                state.flow = .stageOutcome(flow)
            } else {
                state.message = state.data.employee(row.id)?.problem(finding: .stage, id: record.id).map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }
                    ?? "Stage record \(record.id) can no longer be corrected."
            }
            return
        default:
            state.message = "Correct \(record.historyName) with its `edit` command (docs/cli.md), or x to void it."
            return
        }
        let opened = CorrectionFlow.open(data: state.data, employeeId: row.id, mode: mode)
        if let flow = opened.flow { state.flow = .correction(flow) }
        state.message = opened.message
    }

    /// Reopens a kept form for the person it was started for (selected on the roster when
    /// shown there), saying whose it is.
    static func resume(_ draft: FlowDraft, _ state: inout AppState) {
        state.pendingDrafts.removeAll { $0.isSameForm(as: draft) }
        guard let flow = ActiveFlow.restore(draft, data: state.data, clockMinute: state.clockMinute) else {
            state.flow = nil
            state.message = "\(draft.title) cannot be resumed: \(draft.employeeId) is no longer in the store (or the form no longer applies)."
            return
        }
        if let index = state.visibleRows.firstIndex(where: { $0.id == draft.employeeId }) { state.roster.selected = index }
        state.flow = flow
        state.message = "Resumed: \(draft.title.prefix(1).lowercased() + draft.title.dropFirst()) for \(state.data.employee(draft.employeeId)?.name ?? draft.employeeId)."
    }

    /// Opens `flow`, or the form of the same kind kept unsaved for the same person.
    static func open(_ flow: ActiveFlow, _ state: inout AppState) {
        if let draft = state.pendingDrafts.first(where: { kept in flow.draftSlot.map { kept.kind == $0 && kept.employeeId == flow.employeeId } ?? false }) {
            resume(draft, &state)
            return
        }
        state.flow = flow
    }

    /// `u`: asks to undo the latest change of this session that can still be undone.
    static func askUndo(_ state: inout AppState) {
        guard let change = state.sessionChanges.last else {
            state.message = "Nothing to undo: no change has been saved in this session."
            return
        }
        guard let current = state.data.employee(change.employeeId) else {
            state.message = "Cannot undo \(UKDates.inText(change.summary)): the person is no longer in the store."
            return
        }
        guard change.isLatest(current) else {
            state.message = "Cannot undo \(UKDates.inText(change.summary)): \(current.name)'s record has changed since (revision \(current.revision)); only the latest change to a record can be undone (correct it with `attend ... edit` or `void`)."
            return
        }
        state.confirmUndo = change
        state.message = "Undo \(UKDates.inText(change.summary)) for \(current.name)? It is recorded as a correction. (y/n)"
    }

    /// New store data, keeping the roster's selected person (and the weekly list) in step.
    static func replaceData(_ state: inout AppState, _ data: AppData) {
        let selectedId = state.selectedRow?.id
        state.data = data
        if let selectedId, let index = state.visibleRows.firstIndex(where: { $0.id == selectedId }) { state.roster.selected = index }
        if state.screen == .weekly { WeeklyScreen.refresh(&state) }
        if state.screen == .reports { ReportsScreen.refresh(&state) }
    }

    /// Back to editing after a save that did not land, with everything typed still there.
    static func backToEditing(_ state: inout AppState) {
        FlowRouter.update(&state) { f, _ in f.saveFailed(); return [] }
    }

    static func reduceKey(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        state.message = nil
        if let change = state.confirmUndo {
            state.confirmUndo = nil
            guard key == .character("y") || key == .character("Y") else { state.message = "Nothing was undone."; return [] }
            guard let current = state.data.employee(change.employeeId), change.isLatest(current) else {
                state.message = "Nothing was undone: the record changed meanwhile."
                return []
            }
            state.undoInFlight = change
            return [.save(change.undo(current: current, by: state.actor, on: state.data.today), action: "undo", summary: "undone: \(change.summary) (\(change.action), revision \(change.after.revision))")]
        }
        if state.confirmQuit {
            state.confirmQuit = false
            if key == .character("y") || key == .character("Y") || key == .control("c") { return [.quit] }
            state.message = "Not quitting."
            return []
        }
        if state.showHelp {
            if key == .character("?") || key == .escape || key == .character("q") || key == .enter { state.showHelp = false }
            return []
        }
        // Ctrl-C with a form open asks first; the form is kept either way.
        if key == .control("c"), let flow = state.flow {
            state.confirmQuit = true
            state.message = flow.draft == nil ? "Quit attend? (y/n)" : "Quit attend? What you typed is kept: D resumes it next time. (y/n)"
            return []
        }
        if case .mouse(let action, let x, let y) = key { return MouseRouter.reduce(&state, action, x: x, y: y) }
        if case .paste(let text) = key {
            if state.flow != nil {
                FlowRouter.paste(&state, text)
            } else if state.screen == .roster && state.roster.editingFilter {
                state.roster.filter += TextEditing.cleaned(text, multiline: false)
            } else {
                state.message = "Pasted text goes into a form field or the filter; nothing was done with it."
            }
            return []
        }
        // A flow owns the keyboard while it is open.
        if state.flow != nil { return FlowRouter.reduce(&state, key) }
        // Text entry owns the keyboard while it is active.
        if state.screen == .roster && state.roster.editingFilter {
            RosterScreen.reduceFilter(&state, key)
            return []
        }
        // `/` searches the screen (the roster keeps its filter); while open, the search has the keys it uses.
        if ScreenSearch.reduce(&state, key) { return [] }
        switch key {
        case .character("q"), .control("c"):
            if state.hasUnsavedChanges {
                state.confirmQuit = true
                state.message = "Unsaved changes. Quit anyway? (y/n)"
                return []
            }
            return [.quit]
        case .character("?"), .function(1):
            state.showHelp = true
            return []
        case .escape:
            state.screen = .roster
            return []
        case .character("u"):
            askUndo(&state)
            return []
        case .character(let c) where "exh".contains(c) && [.teamCalendar, .personYear, .timeline, .personDetail].contains(state.screen):
            correct(&state, key)
            return []
        case .character("D"):
            switch state.pendingDrafts.count {
            case 0: state.message = "No form is kept unsaved."
            case 1: resume(state.pendingDrafts[0], &state)
            default: state.flow = .drafts(DraftsFlow(drafts: state.pendingDrafts))
            }
            return []
        case .character("L"):
            guard let row = state.selectedRow else {
                state.message = "Choose a person on the roster first."
                return []
            }
            state.flow = .letters(LettersFlow(employeeId: row.id))
            return []
        case .character("i"):
            guard let row = state.selectedRow else {
                state.message = "Choose a person on the roster first."
                return []
            }
            let opened = InterviewFlow.open(data: state.data, employeeId: row.id)
            if let flow = opened.flow { open(.interview(flow), &state) }
            state.message = opened.message
            return []
        case .character("M"), .character("o"):
            guard let row = state.selectedRow else {
                state.message = "Choose a person on the roster first."
                return []
            }
            if key == .character("M") {
                if let flow = MeetingFlow(data: state.data, employeeId: row.id, now: state.clockMinute) { open(.scheduleMeeting(flow), &state) }
                else { state.message = "\(row.name)'s policy has no meetings to schedule." }
            } else {
                if let flow = StageOutcomeFlow(data: state.data, employeeId: row.id) { open(.stageOutcome(flow), &state) }
                else { state.message = "\(row.name)'s policy has no stages." }
            }
            return []
        case .character("c"), .character("r"), .character("f"), .character("C"):
            guard let row = state.selectedRow, let employee = state.data.employee(row.id) else {
                state.message = "Choose a person on the roster first."
                return []
            }
            let offSick = employee.openSickness != nil
            switch key {
            case .character("c"):
                if offSick { state.message = "\(employee.name) is already off sick; press r to record the return."; return [] }
                open(.sicknessCall(SicknessCallFlow(employeeId: employee.id, today: state.data.today, now: state.clockMinute)), &state)
            case .character("r"):
                if !offSick { state.message = "\(employee.name) is not off sick."; return [] }
                open(.recordReturn(ReturnFlow(employeeId: employee.id, today: state.data.today)), &state)
            case .character("f"):
                open(.fitNote(FitNoteFlow(employeeId: employee.id, today: state.data.today)), &state)
            default:
                open(.contact(ContactFlow(employeeId: employee.id, today: state.data.today)), &state)
            }
            return []
        case .character(let c):
            if let screen = ScreenID.allCases.first(where: { $0.key == c }) {
                if screen != .roster && screen != .reports && state.selectedRow == nil {
                    state.message = "Nobody to show: the roster is empty or filtered out."
                    return []
                }
                state.screen = screen
                if screen == .weekly { WeeklyScreen.refresh(&state) }
                if screen == .reports { ReportsScreen.refresh(&state) }
                return []
            }
        default:
            break
        }
        switch state.screen {
        case .roster: RosterScreen.reduce(&state, key)
        case .teamCalendar: TeamCalendarScreen.reduce(&state, key)
        case .personYear: PersonYearScreen.reduce(&state, key)
        case .timeline: TimelineScreen.reduce(&state, key)
        case .personDetail: PersonDetailScreen.reduce(&state, key)
        case .weekly: WeeklyScreen.reduce(&state, key)
        case .reports: ReportsScreen.reduce(&state, key)
        }
        return []
    }

    /// The keys of a screen, for the hint bar and help.
    public static func hints(for screen: ScreenID) -> [KeyHint] {
        screenHints(screen) + [KeyHint("c", "sickness call"), KeyHint("r", "return"), KeyHint("f", "fit note"), KeyHint("C", "contact"), KeyHint("i", "interview"), KeyHint("M", "meeting"), KeyHint("o", "stage outcome"), KeyHint("L", "letters")]
    }

    static func screenHints(_ screen: ScreenID) -> [KeyHint] {
        switch screen {
        case .roster: RosterScreen.hints
        case .teamCalendar: TeamCalendarScreen.hints
        case .personYear: PersonYearScreen.hints
        case .timeline: TimelineScreen.hints
        case .personDetail: PersonDetailScreen.hints
        case .weekly: WeeklyScreen.hints
        case .reports: ReportsScreen.hints
        }
    }
}

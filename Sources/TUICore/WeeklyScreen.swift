import AttendanceRules
import AttendanceStore

/// "This week" (screen 6): everyone in the roster's team/manager filter who newly hit a
/// trigger in the 7 days ending today, with the explanation and the recommended next step,
/// and everything due or overdue. Enter acts on the selected line: an interview selects the
/// person (press i), a trigger, review or meeting opens "Schedule a meeting" with the
/// recommended stage's meeting kind.
public enum WeeklyScreen {
    public static let hints: [KeyHint] = [
        KeyHint("↑↓ j k", "move"),
        KeyHint("Enter", "act (schedule the meeting, select for the interview)"),
        KeyHint("PgUp PgDn g G", "page, top, bottom"),
    ]

    /// The employees the roster's team and manager filter keep.
    static func employees(_ state: AppState) -> [EmployeeDocument] {
        let team = state.roster.team, manager = state.roster.manager
        if team == nil && manager == nil { return state.data.employees }
        return state.data.employees.filter { (team == nil || $0.teamId == team) && (manager == nil || $0.managerId == manager) }
    }

    /// The review for the current filter, from the cache when it is still valid.
    public static func model(_ state: AppState) -> WeeklyReviewModel {
        let people = employees(state)
        if let cache = state.weekly.cache, cache.matches(state, people) { return cache.model }
        return WeeklyReviewModel(data: state.data, employees: people)
    }

    /// Recomputes the cached review when the facts changed (on entering the screen, after a reload).
    public static func refresh(_ state: inout AppState) {
        let people = employees(state)
        if let cache = state.weekly.cache, cache.matches(state, people) { return }
        let model = WeeklyReviewModel(data: state.data, employees: people)
        state.weekly.cache = WeeklyReviewCache(today: state.data.today, team: state.roster.team, manager: state.roster.manager,
                                               employees: people, model: model)
        state.weekly.selected = max(0, min(state.weekly.selected, model.entries.count - 1))
    }

    static func reduce(_ state: inout AppState, _ key: KeyEvent) {
        refresh(&state)
        let entries = model(state).entries
        let page = max(1, state.height - 10)
        switch key {
        case .up, .character("k"): state.weekly.selected -= 1
        case .down, .character("j"): state.weekly.selected += 1
        case .pageUp: state.weekly.selected -= page
        case .pageDown: state.weekly.selected += page
        case .home, .character("g"): state.weekly.selected = 0
        case .end, .character("G"): state.weekly.selected = entries.count - 1
        case .enter:
            guard entries.indices.contains(state.weekly.selected) else { return }
            act(&state, entries[state.weekly.selected])
        default: break
        }
        state.weekly.selected = max(0, min(state.weekly.selected, entries.count - 1))
    }

    /// Selects the entry's person on the roster (clearing a text filter that hides them).
    static func select(_ state: inout AppState, _ employeeId: String) {
        if !state.visibleRows.contains(where: { $0.id == employeeId }) { state.roster.filter = "" }
        if let index = state.visibleRows.firstIndex(where: { $0.id == employeeId }) { state.roster.selected = index }
    }

    static func act(_ state: inout AppState, _ entry: WeeklyReviewEntry) {
        select(&state, entry.employeeId)
        switch entry.kind {
        case .interview:
            // The same as pressing i on the person: opens the interview (or says why not).
            guard state.selectedRow?.id == entry.employeeId else {
                state.message = "\(entry.name) is not in the roster's filter; press i on them to start the interview."
                return
            }
            _ = AppReducer.reduceKey(&state, .character("i"))
            if state.flow == nil, state.message == nil { state.message = "\(entry.name) selected: press i to start the return-to-work interview." }
        case .trigger, .meeting, .reviewEnd:
            if let done = entry.actedOn { show(done, entry, &state); return }
            guard let flow = MeetingFlow(data: state.data, employeeId: entry.employeeId, kind: entry.meetingKind, now: state.clockMinute) else {
                state.message = "\(entry.name)'s policy has no meetings to schedule."
                return
            }
            state.flow = .scheduleMeeting(flow)
        case .duty, .warningLapse:
            state.message = "\(entry.name) selected: \(entry.title)\(entry.due.map { " — \($0.ukDisplay)" } ?? "") [\(entry.source)]"
        }
    }

    /// A step already in hand: the person's timeline on the meeting or outcome, not a second booking.
    static func show(_ record: RecordReference, _ entry: WeeklyReviewEntry, _ state: inout AppState) {
        guard state.selectedRow?.id == entry.employeeId else {
            state.message = "\(entry.name) is not in the roster's filter; \(entry.nextStep ?? entry.title)."
            return
        }
        state.screen = .timeline
        if let model = TimelineScreen.timeline(state), let index = model.items.firstIndex(where: { $0.record == record }) {
            state.timeline.personId = entry.employeeId
            state.timeline.selected = index
        }
        state.message = "\(entry.nextStep ?? entry.title): e on it corrects or moves it, x voids it; M books another."
    }

    static func status(_ state: AppState) -> String {
        let entries = model(state).entries
        guard entries.indices.contains(state.weekly.selected) else { return "Nothing new or due this week." }
        let entry = entries[state.weekly.selected]
        return "\(state.weekly.selected + 1)/\(entries.count) · \(entry.name): \(entry.nextStep.map { "next step: \($0)" } ?? entry.title)"
    }

    /// The lines of one entry: the headline, then (a trigger) its explanation and next step.
    static func lines(_ entry: WeeklyReviewEntry) -> [String] {
        let day = entry.due.map { " — \($0.ukDisplay)" } ?? ""
        switch entry.kind {
        case .trigger:
            return ["\(entry.name): \(entry.title) hit\(entry.due.map { " on \($0.ukDisplay)" } ?? "")",
                    "    \(entry.detail)",
                    "    next step: \(entry.nextStep ?? "-") [\(entry.source)]"]
        default:
            return ["[\(entry.status)] \(entry.name): \(entry.title)\(day) [\(entry.source)]"]
        }
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let model = model(state)
        var title = "This week · \(model.weekStart.ukDisplay) – \(model.weekEnd.ukDisplay)"
        if let team = state.roster.team { title += " · \(state.data.teamName(team))" }
        if let manager = state.roster.manager, let name = state.data.organisation.managers.first(where: { $0.id == manager })?.name { title += " · \(name)" }
        buffer.drawBox(area, title: title)
        let inner = area.inset(1)
        // Every line with the entry it belongs to (nil: a heading); an entry's text is only
        // formatted when its line is on screen (a large organisation has thousands).
        var rows: [(text: String?, entry: Int?, line: Int, style: Style)] = []
        rows.append(("Newly hit a trigger (\(model.newlyHit.count))", nil, 0, .bold))
        if model.newlyHit.isEmpty { rows.append(("  nobody", nil, 0, .dim)) }
        for (i, entry) in model.newlyHit.enumerated() {
            for n in 0..<(entry.kind == .trigger ? 3 : 1) {
                rows.append((nil, i, n, n == 0 ? Style(foreground: .yellow, attributes: .bold) : .plain))
            }
        }
        rows.append(("", nil, 0, .plain))
        rows.append(("Due or overdue (\(model.dueOrOverdue.count))", nil, 0, .bold))
        if model.dueOrOverdue.isEmpty { rows.append(("  nothing", nil, 0, .dim)) }
        for (i, entry) in model.dueOrOverdue.enumerated() {
            let style: Style
            switch entry.status {
            case "overdue": style = Style(foreground: .red, attributes: .bold)
            case "due", "lapsed": style = Style(foreground: .yellow)
            default: style = .plain
            }
            rows.append((nil, model.newlyHit.count + i, 0, style))
        }
        let entries = model.entries
        let selected = state.weekly.selected
        let visible = max(1, inner.height)
        let selectedRow = rows.firstIndex { $0.entry == selected } ?? 0
        let first = max(0, min(selectedRow - visible / 3, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = inner.y + offset
            var text = row.text ?? ""
            if let index = row.entry, entries.indices.contains(index) {
                let entryLines = index < model.newlyHit.count ? lines(entries[index]) : Array(lines(entries[index]).prefix(1))
                text = "  " + (entryLines.indices.contains(row.line) ? entryLines[row.line] : "")
            }
            let isSelected = row.entry == selected && !entries.isEmpty
            let marker = isSelected && row.line == 0 ? "▶" : " "
            buffer.put(TextWidth.truncate(marker + text, to: inner.width - 1), x: inner.x + 1, y: y, style: row.style)
            if isSelected { buffer.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.with(.reverse) } }
        }
    }
}

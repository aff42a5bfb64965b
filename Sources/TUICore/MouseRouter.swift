/// The mouse (issue 13): a click on a key hint runs its key, a click on a roster row selects
/// it (a second click opens the person), and the wheel moves as ↑/↓ do on the screen or in a
/// read-only overlay. Forms ignore clicks, so a stray click never edits or saves anything.
enum MouseRouter {
    static func reduce(_ state: inout AppState, _ action: MouseAction, x: Int, y: Int) -> [AppEffect] {
        if state.showHelp || state.confirmQuit || state.confirmUndo != nil { return [] }
        if action == .click, y == state.height - 1 {
            let bar = AppView.barHints(state)
            guard let placed = AppView.hintLayout(bar.hints, width: state.width, global: bar.global).first(where: { x >= $0.x && x <= $0.end }),
                  let key = key(for: placed.hint.keys) else { return [] }
            return AppReducer.reduceKey(&state, key)
        }
        if let flow = state.flow {
            // Only the read-only overlays scroll; a form never takes a click or the wheel.
            switch flow {
            case .history, .interviewRecord, .drafts:
                if action != .click { return AppReducer.reduceKey(&state, action == .wheelUp ? .up : .down) }
            default: break
            }
            return []
        }
        switch action {
        case .wheelUp: return AppReducer.reduceKey(&state, .up)
        case .wheelDown: return AppReducer.reduceKey(&state, .down)
        case .click:
            switch state.screen {
            case .roster:
                guard let index = RosterScreen.row(at: y, state) else { return [] }
                if index == state.roster.selected { return AppReducer.reduceKey(&state, .enter) }
                state.roster.selected = index
            case .teamCalendar:
                // A day cell: that person and day; the same cell again opens their year.
                guard let hit = TeamCalendarScreen.cell(atX: x, y: y, state) else { return [] }
                if hit.row == state.roster.selected && (hit.day == nil || hit.day == state.calendar.cursor) {
                    return AppReducer.reduceKey(&state, .enter)
                }
                state.roster.selected = hit.row
                if let day = hit.day { state.calendar.cursor = day }
            default:
                break
            }
            return []
        }
    }

    /// The key a hint's first key name stands for ("q", "Enter", "^S", "F2", "PgDn" ...);
    /// nil for arrows and ranges, which a click cannot mean.
    static func key(for keys: String) -> KeyEvent? {
        guard let first = keys.split(separator: " ").first.map(String.init) else { return nil }
        switch first {
        case "Enter": return .enter
        case "Esc": return .escape
        case "Tab": return .tab
        case "PgUp": return .pageUp
        case "PgDn": return .pageDown
        case "Home": return .home
        case "End": return .end
        default: break
        }
        if first.hasPrefix("^"), first.count == 2, let c = first.last { return .control(Character(c.lowercased())) }
        if first.hasPrefix("F"), let n = Int(first.dropFirst()), (1...12).contains(n) { return .function(n) }
        if first.count == 1, let c = first.first, !"←→↑↓".contains(c) { return .character(c) }
        return nil
    }
}

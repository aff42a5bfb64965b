import Foundation
/// Draws the whole frame for a state at a size: header, the screen, status and key hints.
public enum AppView {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        guard state.width >= AppState.minimumWidth, state.height >= AppState.minimumHeight else {
            let lines = ["Terminal too small: \(state.width)x\(state.height).",
                         "attend needs at least \(AppState.minimumWidth)x\(AppState.minimumHeight).",
                         "Enlarge the window, or press q to quit."]
            for (i, line) in lines.enumerated() where i < state.height {
                buffer.put(TextWidth.truncate(line, to: state.width), x: 0, y: i)
            }
            return buffer
        }
        drawHeader(state, into: &buffer)
        let area = Rect(x: 0, y: 1, width: state.width, height: state.height - 3)
        switch state.screen {
        case .roster: RosterScreen.draw(state, into: &buffer, area: area)
        case .teamCalendar: TeamCalendarScreen.draw(state, into: &buffer, area: area)
        case .personYear: PersonYearScreen.draw(state, into: &buffer, area: area)
        case .timeline: TimelineScreen.draw(state, into: &buffer, area: area)
        case .personDetail: PersonDetailScreen.draw(state, into: &buffer, area: area)
        case .weekly: WeeklyScreen.draw(state, into: &buffer, area: area)
        case .reports: ReportsScreen.draw(state, into: &buffer, area: area)
        }
        if state.flow != nil {
            let inset = Rect(x: 1, y: 2, width: state.width - 2, height: state.height - 5)
            FlowRouter.draw(state, into: &buffer, area: inset)
        }
        drawStatus(state, into: &buffer)
        let bar = barHints(state)
        drawHints(bar.hints, into: &buffer, y: state.height - 1, global: bar.global)
        if state.showHelp { HelpOverlay.draw(state, into: &buffer) }
        return buffer
    }

    static func drawHeader(_ state: AppState, into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: 0, y: 0, width: state.width, height: 1), style: .reverse)
        let right = "\(state.data.today.weekday.name.prefix(3)) \(state.data.today.ukDisplay)"
        // Every screen's tab when there is room; otherwise only the current one.
        let tabs = state.width >= 140
            ? ScreenID.allCases.map { $0 == state.screen ? "[\($0.key) \($0.title)]" : " \($0.key) \($0.title) " }.joined(separator: " ")
            : "[\(state.screen.key) \(state.screen.title)]"
        let leftRoom = state.width - TextWidth.of(tabs) - TextWidth.of(right) - 6
        let left = TextWidth.truncate("attend · \(state.data.organisation.name)", to: max(6, leftRoom))
        let x = buffer.put(left, x: 1, y: 0, style: Style.reverse.with(.bold))
        buffer.put(tabs, x: x + 2, y: 0, style: .reverse, maxX: state.width - TextWidth.of(right) - 2)
        buffer.put(right, x: state.width - TextWidth.of(right) - 1, y: 0, style: .reverse)
    }

    static func drawStatus(_ state: AppState, into buffer: inout ScreenBuffer) {
        let y = state.height - 2
        let text = state.message ?? StatusLine.text(for: state)
        buffer.put(TextWidth.truncate(text, to: state.width - 2), x: 1, y: y, style: state.message == nil ? .dim : .bold)
    }

    /// The key-hint bar: each hint's action in short (what comes before its bracket; `?` has
    /// it whole), and every hint that fits, so one long hint never hides those after it.
    public static func drawHints(_ hints: [KeyHint], into buffer: inout ScreenBuffer, y: Int, global: Bool = true) {
        for placed in hintLayout(hints, width: buffer.width, global: global) {
            let x = buffer.put(placed.hint.keys, x: placed.x, y: y, style: .reverse)
            buffer.put(" \(placed.action)  ", x: x, y: y)
        }
    }

    /// Where each hint of the bar is drawn (for a click on it, `MouseRouter`).
    static func hintLayout(_ hints: [KeyHint], width: Int, global: Bool) -> [(hint: KeyHint, action: String, x: Int, end: Int)] {
        var x = 1
        var out: [(hint: KeyHint, action: String, x: Int, end: Int)] = []
        for hint in (global ? [KeyHint("q", "quit"), KeyHint("?", "help")] : []) + hints {
            let action = hint.action.components(separatedBy: " (").first ?? hint.action
            let cells = TextWidth.of(hint.keys) + TextWidth.of(action) + 3
            guard x + cells <= width else { continue }
            out.append((hint, action, x, x + cells - 2))
            x += cells
        }
        return out
    }

    /// The hints the bar shows for the state (the flow's while one is open).
    static func barHints(_ state: AppState) -> (hints: [KeyHint], global: Bool) {
        if let flow = state.flow { return (FlowRouter.hints(flow), false) }
        return (AppReducer.hints(for: state.screen), true)
    }
}

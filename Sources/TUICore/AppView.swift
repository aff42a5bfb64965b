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
        }
        if state.flow != nil {
            let inset = Rect(x: 1, y: 2, width: state.width - 2, height: state.height - 5)
            FlowRouter.draw(state, into: &buffer, area: inset)
        }
        drawStatus(state, into: &buffer)
        if let flow = state.flow {
            drawHints(FlowRouter.hints(flow), into: &buffer, y: state.height - 1, global: false)
        } else {
            drawHints(AppReducer.hints(for: state.screen), into: &buffer, y: state.height - 1)
        }
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
        var x = 1
        for hint in (global ? [KeyHint("q", "quit"), KeyHint("?", "help")] : []) + hints {
            let action = hint.action.components(separatedBy: " (").first ?? hint.action
            let width = TextWidth.of(hint.keys) + TextWidth.of(action) + 3
            guard x + width <= buffer.width else { continue }
            x = buffer.put(hint.keys, x: x, y: y, style: .reverse)
            x = buffer.put(" \(action)  ", x: x, y: y)
        }
    }
}

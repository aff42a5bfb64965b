import AttendanceRules
import AttendanceStore

/// The team roster: people with today's status, the policy's figures, trigger badges,
/// current warning and its lapse date.
public enum RosterScreen {
    public static let hints: [KeyHint] = [
        KeyHint("↑↓ j k", "move"),
        KeyHint("Enter", "person"),
        KeyHint("s", "sort (name, figure, status)"),
        KeyHint("/", "filter"),
        KeyHint("[ ]", "previous/next team"),
        KeyHint("m", "next manager"),
        KeyHint("PgUp PgDn g G", "page, top, bottom"),
    ]

    static func reduce(_ state: inout AppState, _ key: KeyEvent) {
        let count = state.visibleRows.count
        let page = max(1, state.height - 8)
        switch key {
        case .up, .character("k"): state.roster.selected -= 1
        case .down, .character("j"): state.roster.selected += 1
        case .pageUp: state.roster.selected -= page
        case .pageDown: state.roster.selected += page
        case .home, .character("g"): state.roster.selected = 0
        case .end, .character("G"): state.roster.selected = count - 1
        case .enter:
            if state.selectedRow != nil { state.screen = .personDetail }
        case .character("s"):
            state.roster.sort = state.roster.sort.next
            state.message = "Sorted by \(state.roster.sort.rawValue)."
        case .character("/"):
            state.roster.editingFilter = true
        case .character("["), .character("]"):
            let teams = [nil] + state.data.organisation.teams.map(\.id)
            let current = teams.firstIndex(of: state.roster.team) ?? 0
            let step = key == .character("]") ? 1 : teams.count - 1
            state.roster.team = teams[(current + step) % teams.count]
            state.roster.selected = 0
            state.message = "Team: \(state.roster.team.map { state.data.teamName($0) } ?? "all teams")."
        case .character("m"):
            let managers = [nil] + state.data.organisation.managers.map(\.id)
            let current = managers.firstIndex(of: state.roster.manager) ?? 0
            state.roster.manager = managers[(current + 1) % managers.count]
            state.roster.team = nil
            state.roster.selected = 0
            let name = state.roster.manager.flatMap { id in state.data.organisation.managers.first { $0.id == id }?.name }
            state.message = "Manager: \(name ?? "everyone")."
        default: break
        }
        clamp(&state)
    }

    /// Keys while typing the filter: text, Backspace, Enter keeps it, Esc clears it.
    static func reduceFilter(_ state: inout AppState, _ key: KeyEvent) {
        switch key {
        case .character(let c): state.roster.filter.append(c)
        case .backspace, .delete: if !state.roster.filter.isEmpty { state.roster.filter.removeLast() }
        case .enter: state.roster.editingFilter = false
        case .escape:
            state.roster.filter = ""
            state.roster.editingFilter = false
        default: break
        }
        state.roster.selected = 0
        clamp(&state)
    }

    static func clamp(_ state: inout AppState) {
        let count = state.visibleRows.count
        state.roster.selected = max(0, min(state.roster.selected, count - 1))
    }

    /// The short badge of a trigger id: bradford-150 → B150, long-term → LT.
    public static func badge(_ id: String) -> String {
        if id.hasPrefix("bradford-") { return "B" + id.dropFirst("bradford-".count) }
        if id == "long-term" { return "LT" }
        return id.split(separator: "-").map { part in
            Int(part) != nil ? String(part) : (part.first.map { String($0).uppercased() } ?? "")
        }.joined()
    }

    /// The roster row drawn on screen row `y`, if any (the same layout as `draw`).
    static func row(at y: Int, _ state: AppState) -> Int? {
        let rows = state.visibleRows
        let inner = Rect(x: 0, y: 1, width: state.width, height: state.height - 3).inset(1)
        let listTop = inner.y + 1
        let visible = max(0, inner.height - 1)
        guard !rows.isEmpty, y >= listTop, y < listTop + visible else { return nil }
        let selected = min(state.roster.selected, rows.count - 1)
        let first = max(0, min(selected - visible / 2, rows.count - visible))
        let index = first + (y - listTop)
        return rows.indices.contains(index) ? index : nil
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let rows = state.visibleRows
        // Columns appear as the width allows: the team from 120, the warning from 150.
        let wide = area.width >= 120
        let widest = area.width >= 150
        var nameWidth = widest ? 26 : (wide ? 22 : 20)
        var statusWidth = widest ? 30 : 26
        let figureWidth = 10
        var teamWidth = wide ? 18 : 0
        let warningWidth = widest ? 30 : 0
        // Room left after the columns and 30 for the triggers goes to the name, the team and
        // the status, each up to its longest value, so a wide terminal cuts nothing it can show.
        var spare = area.width - 2 - (nameWidth + statusWidth + figureWidth + teamWidth + warningWidth + 5) - 30
        func grow(_ width: inout Int, to longest: Int) {
            let extra = min(max(0, spare), max(0, longest - width))
            width += extra
            spare -= extra
        }
        // A team's or a filter's rows are measured; a large list takes the whole roster's
        // widths, measured once per load (a frame stays quick at 50,000 people).
        let measured = rows.count <= 500
        let longestName = measured ? rows.map { TextWidth.of($0.name) }.max() ?? 0 : state.data.longestName
        let longestTeam = measured ? rows.map { TextWidth.of(state.data.teamName($0.teamId)) }.max() ?? 0 : state.data.longestTeamName
        let longestStatus = measured ? rows.map { TextWidth.of($0.status.text) }.max() ?? 0 : state.data.longestStatus
        grow(&nameWidth, to: longestName + 2)
        if wide { grow(&teamWidth, to: longestTeam) }
        grow(&statusWidth, to: longestStatus)
        var title = "Team roster"
        if let team = state.roster.team { title += " · \(state.data.teamName(team))" }
        if let manager = state.roster.manager, let name = state.data.organisation.managers.first(where: { $0.id == manager })?.name { title += " · \(name)" }
        if !state.roster.filter.isEmpty || state.roster.editingFilter { title += " · filter: \(state.roster.filter)\(state.roster.editingFilter ? "▏" : "")" }
        title += " · sorted by \(state.roster.sort.rawValue) · \(Plural.of(rows.count, "person", "people"))"
        buffer.drawBox(area, title: title)
        let inner = area.inset(1)
        var x = inner.x + 1
        func column(_ label: String, _ width: Int) { buffer.put(TextWidth.pad(label, to: width), x: x, y: inner.y, style: .bold); x += width + 1 }
        column("NAME", nameWidth)
        if wide { column("TEAM", teamWidth) }
        column("TODAY", statusWidth)
        column("FIGURE", figureWidth)
        if widest { column("WARNING (LAPSES)", warningWidth) }
        column("TRIGGERS", max(0, inner.maxX - x))
        let listTop = inner.y + 1
        let visible = max(0, inner.height - 1)
        guard !rows.isEmpty else {
            buffer.put(state.data.rows.isEmpty ? "No employees yet: add some with `attend employee add`." : "No one matches the filter.",
                       x: inner.x + 1, y: listTop, style: .dim)
            return
        }
        let selected = min(state.roster.selected, rows.count - 1)
        let first = max(0, min(selected - visible / 2, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = listTop + offset
            let isSelected = first + offset == selected
            var cx = inner.x + 1
            func cell(_ text: String, _ width: Int, _ style: Style = .plain) {
                buffer.put(TextWidth.pad(text, to: width), x: cx, y: y, style: style)
                cx += width + 1
            }
            cell((isSelected ? "▶ " : "  ") + row.name, nameWidth, .bold)
            if wide { cell(state.data.teamName(row.teamId), teamWidth) }
            let statusStyle: Style
            switch row.status {
            case .offSick: statusStyle = Style(foreground: .red, attributes: .bold)
            case .backInterviewDue: statusStyle = Style(foreground: .yellow, attributes: .bold)
            case .onLeave: statusStyle = Style(foreground: .cyan)
            case .atWork: statusStyle = .plain
            case .left: statusStyle = .dim
            }
            cell(row.status.text, statusWidth, statusStyle)
            cell(row.figure, figureWidth)
            if widest {
                let warning = row.liveWarning.map { "\($0.replacingOccurrences(of: " written warning", with: "")) \(row.warningLapses.map { "(\($0.ukDisplay))" } ?? "")" } ?? "-"
                cell(warning, warningWidth, row.liveWarning == nil ? .dim : Style(foreground: .magenta))
            }
            var badges = row.triggersHit.map { "[\(badge($0))]" }.joined(separator: " ")
            if row.needsHRAdvice { badges += badges.isEmpty ? "[HR]" : " [HR]" }
            buffer.put(TextWidth.truncate(badges.isEmpty ? "-" : badges, to: max(0, inner.maxX - cx)), x: cx, y: y,
                       style: badges.isEmpty ? .dim : Style(foreground: .yellow, attributes: .bold))
            if isSelected { buffer.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.with(.reverse) } }
        }
    }
}

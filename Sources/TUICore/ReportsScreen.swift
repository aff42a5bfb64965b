import AttendanceReports
import AttendanceRules
import AttendanceStore

/// Reports (screen 7), HR's view: the organisation's time lost over 12 months, then each team
/// as a row with a bar of its absence rate (the figure beside it, so nothing depends on
/// colour) and a sparkline of its monthly trend, then spell starts by weekday as a heat map
/// with the counts in it. `[` and `]` move the period a month; Enter opens the team's people on
/// the roster. Reasons are left to `attend report --by reason` (small groups suppressed).
public enum ReportsScreen {
    public static let hints: [KeyHint] = [
        KeyHint("↑↓ j k", "team"),
        KeyHint("Enter", "the team's people on the roster"),
        KeyHint("[ ]", "period a month back, forward"),
    ]

    static let shades: [Character] = [" ", "░", "▒", "▓", "█"]

    /// The period's last day: today, moved back whole months.
    static func periodEnd(_ state: AppState) -> CalendarDay { state.data.today.adding(months: -state.reports.monthsBack) }

    static func stamps(_ state: AppState) -> [EmployeeDocumentStamp] { state.data.employees.map { EmployeeDocumentStamp(id: $0.id, revision: $0.revision) } }

    /// The report for the period, from the cache when it still holds.
    public static func report(_ state: AppState) -> OrganisationReport {
        let to = periodEnd(state)
        if let cache = state.reports.cache, cache.to == to, cache.employees == stamps(state) { return cache.report }
        return build(state, to: to)
    }

    static func build(_ state: AppState, to: CalendarDay) -> OrganisationReport {
        OrganisationReport(organisation: state.data.organisation, employees: state.data.employees, policies: state.data.policies,
                           holidays: state.data.holidays, from: to.adding(months: -12).next, to: to)
    }

    /// Recomputes the cached report when the period or the records changed.
    public static func refresh(_ state: inout AppState) {
        let to = periodEnd(state)
        let stamps = stamps(state)
        if let cache = state.reports.cache, cache.to == to, cache.employees == stamps { return }
        let report = build(state, to: to)
        state.reports.cache = ReportsCache(to: to, employees: stamps, report: report)
        state.reports.selected = max(0, min(state.reports.selected, report.teams.count - 1))
    }

    static func reduce(_ state: inout AppState, _ key: KeyEvent) {
        let teams = report(state).teams
        switch key {
        case .up, .character("k"): state.reports.selected = max(0, state.reports.selected - 1)
        case .down, .character("j"): state.reports.selected = min(max(0, teams.count - 1), state.reports.selected + 1)
        case .character("["): state.reports.monthsBack = min(120, state.reports.monthsBack + 1); refresh(&state)
        case .character("]"): state.reports.monthsBack = max(0, state.reports.monthsBack - 1); refresh(&state)
        case .enter:
            guard teams.indices.contains(state.reports.selected) else { return }
            let team = teams[state.reports.selected]
            state.roster.team = team.key.isEmpty ? nil : team.key
            state.roster.selected = 0
            state.screen = .roster
            state.message = "The roster shows \(team.name)."
        default: break
        }
    }

    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "   –  " }
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func sparkline(_ rates: [Double?]) -> String { Sparkline.of(rates) }

    static func bar(_ value: Double, of top: Double, width: Int) -> String {
        guard top > 0, width > 0 else { return "" }
        let eighths = Int((value / top) * Double(width * 8) + 0.5)
        let blocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var out = String(repeating: "█", count: min(width, eighths / 8))
        if eighths % 8 > 0, out.count < width { out.append(blocks[eighths % 8 - 1]) }
        return out
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let report = report(state)
        let o = report.organisation
        buffer.drawBox(area, title: "Reports · \(report.from.ukDisplay) – \(report.to.ukDisplay)")
        let inner = area.inset(1)
        var y = inner.y
        func line(_ text: String, _ style: Style = .plain) {
            guard y < inner.maxY else { return }
            buffer.put(text, x: inner.x + 1, y: y, style: style, maxX: inner.maxX - 1)
            y += 1
        }
        /// A sentence wrapped to the width (the summary), where a table row is clipped.
        func wrapped(_ text: String, _ style: Style = .plain) {
            for part in TextWrap.wrap(text, width: max(10, inner.width - 2), indent: "  ") { line(part, style) }
        }
        let perFTE = o.daysLostPerFTE.map { String(Int(($0 * 10).rounded()) / 10) + "." + String(Int(($0 * 10).rounded()) % 10) } ?? "–"
        wrapped("\(o.name): \(Plural.of(o.people, "person", "people")); \(o.workingDaysLost) of \(o.workingDaysAvailable) working days lost (\(percent(o.absenceRate))), \(perFTE) per FTE", .bold)
        wrapped("Short term \(o.shortTermDaysLost) days, long term \(o.longTermDaysLost); \(Plural.of(o.spells, "spell")), \(report.spellsNextToHolidayOrLeave) next to a bank holiday or leave; trend \(sparkline(o.monthlyRates))")
        y += 1
        let width = inner.width - 2
        let nameWidth = max(10, min(40, width / 3))
        let trendWidth = report.months.count
        let figures = 24
        let barWidth = max(4, width - nameWidth - trendWidth - figures - 4)
        let top = report.teams.compactMap(\.absenceRate).max() ?? 0
        line(TextWidth.pad("Team", to: nameWidth) + "  " + TextWidth.pad("Rate", to: barWidth + 8) + TextWidth.pad("Lost/available", to: 16) + "Trend", .dim)
        for (i, team) in report.teams.enumerated() {
            let name = TextWidth.pad(TextWidth.truncate(team.name, to: nameWidth), to: nameWidth)
            let rate = TextWidth.pad(percent(team.absenceRate), to: 7)
            let row = name + "  " + rate + " " + TextWidth.pad(bar(team.absenceRate ?? 0, of: top, width: barWidth), to: barWidth) + TextWidth.pad(" \(team.workingDaysLost)/\(team.workingDaysAvailable)", to: 16) + sparkline(team.monthlyRates)
            line(row, i == state.reports.selected ? .reverse : .plain)
        }
        y += 1
        guard y + 2 < inner.maxY else { return }
        line("Sickness spells starting on each weekday (count in each cell)", .bold)
        line("Month    " + ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map { TextWidth.pad($0, to: 6) }.joined(), .dim)
        let peak = report.weekdayStarts.flatMap { $0 }.max() ?? 0
        let rows = max(0, inner.maxY - y)
        for (i, month) in report.months.enumerated().suffix(rows) {
            let cells = report.weekdayStarts[i].map { n -> String in
                let shade = peak > 0 && n > 0 ? shades[min(shades.count - 1, 1 + (n * (shades.count - 2)) / peak)] : " "
                return TextWidth.pad("\(shade)\(shade) \(n)", to: 6)
            }
            line(String(month.iso.prefix(7)) + "  " + cells.joined())
        }
    }

    /// The status line: the selected team.
    static func status(_ state: AppState) -> String {
        let teams = report(state).teams
        guard teams.indices.contains(state.reports.selected) else { return "No teams" }
        let t = teams[state.reports.selected]
        return "\(t.name) · \(Plural.of(t.people, "person", "people")) · \(percent(t.absenceRate)) · short \(t.shortTermDaysLost) long \(t.longTermDaysLost) days"
    }
}

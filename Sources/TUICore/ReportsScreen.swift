import AttendanceReports
import AttendanceRules
import AttendanceStore

/// Reports (screen 7), HR's view: the organisation's time lost over 12 months, then each team
/// as a row with a bar of its absence rate (the figure beside it, so nothing depends on
/// colour) and a sparkline of its monthly trend, then a panel Tab changes: spell starts by
/// weekday as a heat map with the counts in it, triggers and cases, duties kept by team, and
/// reasons (small groups suppressed). At 150 columns the heat map and another panel sit side
/// by side. `[` and `]` move the period a month; Enter opens the team's people on the roster.
/// Bars and trends are block elements, or ASCII where the terminal has no Unicode.
public enum ReportsScreen {
    public static let hints: [KeyHint] = [
        KeyHint("↑↓ j k", "team"),
        KeyHint("Enter", "the team's people on the roster"),
        KeyHint("[ ]", "period a month back, forward"),
        KeyHint("Tab", "weekdays, cases, duties, reasons"),
        KeyHint("PgDn PgUp", "scroll that panel"),
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
        case .tab, .backTab:
            let side = sideBySide(width: state.width)
            state.reports.section = shownBeside(state).moved(by: key == .tab ? 1 : -1, sideBySide: side)
            state.reports.panelScroll = 0
        case .pageDown: state.reports.panelScroll = min(200, state.reports.panelScroll + max(1, state.height / 4))
        case .pageUp: state.reports.panelScroll = max(0, state.reports.panelScroll - max(1, state.height / 4))
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

    static func sparkline(_ rates: [Double?], ascii: Bool) -> String { Sparkline.of(rates, ascii: ascii) }

    /// A bar of `value` against `top` in eighths of a cell (block elements), or whole cells of
    /// `#` in ASCII.
    static func bar(_ value: Double, of top: Double, width: Int, ascii: Bool = false) -> String {
        guard top > 0, width > 0, value > 0 else { return "" }
        if ascii { return String(repeating: "#", count: max(1, min(width, Int((value / top) * Double(width) + 0.5)))) }
        let eighths = max(1, Int((value / top) * Double(width * 8) + 0.5))
        let blocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var out = String(repeating: "█", count: min(width, eighths / 8))
        if eighths % 8 > 0, out.count < width { out.append(blocks[eighths % 8 - 1]) }
        return out
    }

    /// "51/55 on time (92.7%)", or "none due".
    static func kept(_ count: ReportDutyCount) -> String {
        count.due > 0 ? "\(count.onTime)/\(count.due) on time (\(percent(count.onTimeShare)))" : "none due"
    }

    /// Lines written top down inside a rectangle, clipped at its edges.
    struct Pen {
        let area: Rect
        var y: Int
        init(_ area: Rect) {
            self.area = area
            y = area.y
        }
        /// Lines still to pass over before drawing (the panel scrolled with PgDn).
        var skipping = 0
        /// Lines not drawn for want of room, so the panel knows it can scroll further.
        var clipped = 0
        var rowsLeft: Int { max(0, area.maxY - y) }
        mutating func line(_ text: String, _ style: Style = .plain, into buffer: inout ScreenBuffer) {
            if skipping > 0 {
                skipping -= 1
                return
            }
            guard y < area.maxY else {
                clipped += 1
                return
            }
            buffer.put(text, x: area.x, y: y, style: style, maxX: area.maxX)
            y += 1
        }
        /// A sentence wrapped to the width (a summary), where a table row is clipped.
        mutating func wrapped(_ text: String, _ style: Style = .plain, into buffer: inout ScreenBuffer) {
            for part in TextWrap.wrap(text, width: max(10, area.width), indent: "  ") { line(part, style, into: &buffer) }
        }
        mutating func skip() { y += 1 }
        /// No room for another line: a long list stops building rows (and says there are more).
        var full: Bool { skipping == 0 && y >= area.maxY }
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let report = report(state)
        let ascii = state.asciiOnly
        let o = report.organisation
        buffer.drawBox(area, title: "Reports · \(report.from.ukDisplay) – \(report.to.ukDisplay)")
        let inner = area.inset(1)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        var pen = Pen(body)
        let perFTE = o.daysLostPerFTE.map { String(Int(($0 * 10).rounded()) / 10) + "." + String(Int(($0 * 10).rounded()) % 10) } ?? "–"
        pen.wrapped("\(o.name): \(Plural.of(o.people, "person", "people")); \(o.workingDaysLost) of \(o.workingDaysAvailable) working days lost (\(percent(o.absenceRate))), \(perFTE) per FTE", .bold, into: &buffer)
        pen.wrapped("Short term \(o.shortTermDaysLost) days, long term \(o.longTermDaysLost); \(Plural.of(o.spells, "spell")), \(report.spellsNextToHolidayOrLeave) next to a bank holiday or leave; trend \(sparkline(o.monthlyRates, ascii: ascii))", into: &buffer)
        let d = o.duties
        pen.wrapped("Duties kept: interviews \(kept(d.returnToWorkInterviews)) · contacts \(kept(d.contacts)) · fit notes \(kept(d.fitNotes)) · meetings \(d.meetings), \(d.meetingsOverridden) overridden", into: &buffer)
        let c = report.cases
        let open = c.stages.filter { $0.people > 0 }
        let stages = open.isEmpty ? "no open cases" : "open cases \(open.reduce(0) { $0 + $1.people }) (" + open.map { "\($0.label) \($0.people)" }.joined(separator: ", ") + ")"
        pen.wrapped("On \(c.on.ukDisplay): \(stages) · warnings live \(c.warningsLive), \(c.warningsLapsingSoon) lapsing in \(ReportCases.lapsingWithinDays) days · long-term cases \(c.longTerm.count)", into: &buffer)
        pen.skip()
        teams(report, state: state, ascii: ascii, pen: &pen, buffer: &buffer)
        pen.skip()
        guard pen.rowsLeft > 2 else { return }
        let lower = Rect(x: body.x, y: pen.y, width: body.width, height: pen.rowsLeft)
        if sideBySide(width: state.width) {
            let left = min(62, lower.width / 2)
            section(.weekdays, report, state: state, ascii: ascii, area: Rect(x: lower.x, y: lower.y, width: left - 2, height: lower.height), buffer: &buffer)
            // The right-hand panel starts with Tab's section and stacks the others below it
            // while there is room (at 200x60 all three fit).
            var right = Rect(x: lower.x + left, y: lower.y, width: lower.width - left, height: lower.height)
            var shown = shownBeside(state)
            for n in 0..<3 where right.height > 3 {
                let used = section(shown, report, state: state, ascii: ascii, area: right,
                                   scroll: n == 0 ? state.reports.panelScroll : nil, buffer: &buffer)
                right = Rect(x: right.x, y: right.y + used + 1, width: right.width, height: right.height - used - 1)
                shown = shown.moved(by: 1, sideBySide: true)
            }
        } else {
            section(state.reports.section, report, state: state, ascii: ascii, area: lower, scroll: state.reports.panelScroll, buffer: &buffer)
        }
    }

    /// At this width the weekday map and another section sit side by side.
    static func sideBySide(width: Int) -> Bool { width >= 150 }

    /// The section in the panel Tab changes: the right-hand one side by side (never the
    /// weekdays, which are on the left), else the only one.
    static func shownBeside(_ state: AppState) -> ReportsSection {
        sideBySide(width: state.width) && state.reports.section == .weekdays ? .cases : state.reports.section
    }

    static func teams(_ report: OrganisationReport, state: AppState, ascii: Bool, pen: inout Pen, buffer: inout ScreenBuffer) {
        let width = pen.area.width
        let nameWidth = max(10, min(40, width / 3))
        let trendWidth = report.months.count
        let figures = 24
        let barWidth = max(4, min(60, width - nameWidth - trendWidth - figures - 2))
        let top = report.teams.compactMap(\.absenceRate).max() ?? 0
        // Up to half the rows left go to teams, scrolled to keep the selected one in view.
        let window = max(1, min(report.teams.count, max(3, pen.rowsLeft / 2 - 1)))
        let first = max(0, min(state.reports.selected - window / 2, report.teams.count - window))
        let range = report.teams.count > window ? " (\(first + 1)–\(first + window) of \(report.teams.count))" : ""
        pen.line(TextWidth.pad("Team" + range, to: nameWidth) + "  " + TextWidth.pad("Rate", to: barWidth + 8) + TextWidth.pad("Lost/available", to: 16) + "Trend", .dim, into: &buffer)
        for (i, team) in report.teams.enumerated().dropFirst(first).prefix(window) {
            let name = TextWidth.pad(TextWidth.truncate(team.name, to: nameWidth), to: nameWidth)
            let rate = TextWidth.pad(percent(team.absenceRate), to: 7)
            let row = name + "  " + rate + " " + TextWidth.pad(bar(team.absenceRate ?? 0, of: top, width: barWidth, ascii: ascii), to: barWidth)
                + TextWidth.pad(" \(team.workingDaysLost)/\(team.workingDaysAvailable)", to: 16) + sparkline(team.monthlyRates, ascii: ascii)
            pen.line(row, i == state.reports.selected ? .reverse : .plain, into: &buffer)
        }
    }

    /// One section of the lower panel, under a heading that names the others (Tab).
    /// Returns the rows it used.
    @discardableResult
    static func section(_ section: ReportsSection, _ report: OrganisationReport, state: AppState, ascii: Bool, area: Rect,
                        scroll: Int? = nil, buffer: inout ScreenBuffer) -> Int {
        var pen = Pen(area)
        let side = sideBySide(width: state.width)
        let heading = section == .weekdays ? "Sickness spells starting on each weekday" : section.title
        let next = section.moved(by: 1, sideBySide: side)
        let hint = side && section == .weekdays ? "" : "   Tab: \(next.title.lowercased())"
        pen.line(TextWidth.of(heading + hint) <= area.width ? heading + hint : heading, .bold, into: &buffer)
        // Tab's panel scrolls (PgDn, PgUp); the weekday map shows its latest months.
        let scrolls = section != .weekdays && scroll != nil
        pen.skipping = scrolls ? scroll ?? 0 : 0
        defer {
            if scrolls, pen.clipped > 0 || pen.skipping < (scroll ?? 0) || (scroll ?? 0) > 0 {
                let more = pen.clipped > 0 ? "PgDn more" : "PgUp back"
                buffer.put(more, x: area.maxX - TextWidth.of(more), y: area.y, style: .dim, maxX: area.maxX)
            }
        }
        switch section {
        case .weekdays: weekdays(report, ascii: ascii, pen: &pen, buffer: &buffer)
        case .cases: cases(report, state: state, ascii: ascii, pen: &pen, buffer: &buffer)
        case .duties: duties(report, pen: &pen, buffer: &buffer)
        case .reasons: reasons(report, ascii: ascii, pen: &pen, buffer: &buffer)
        }
        return pen.y - area.y
    }

    static func weekdays(_ report: OrganisationReport, ascii: Bool, pen: inout Pen, buffer: inout ScreenBuffer) {
        let shades = ascii ? asciiShades : Self.shades
        let peak = report.weekdayStarts.flatMap { $0 }.max() ?? 0
        // Two shade cells, a space, the count and a space: wider for large organisations.
        let cell = max(6, String(peak).count + 4)
        pen.line("Month    " + ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map { TextWidth.pad($0, to: cell) }.joined(), .dim, into: &buffer)
        for (i, month) in report.months.enumerated().suffix(pen.rowsLeft) {
            let cells = report.weekdayStarts[i].map { n -> String in
                let shade = peak > 0 && n > 0 ? shades[min(shades.count - 1, 1 + (n * (shades.count - 2)) / peak)] : " "
                return TextWidth.pad("\(shade)\(shade) \(n)", to: cell)
            }
            pen.line(String(month.iso.prefix(7)) + "  " + cells.joined(), into: &buffer)
        }
    }

    static let asciiShades: [Character] = [" ", ".", ":", "+", "#"]

    /// A count as a row: label, a bar against the largest count, the figure.
    static func countRow(_ label: String, _ value: Int, of top: Int, labelWidth: Int, barWidth: Int, ascii: Bool) -> String {
        TextWidth.pad(TextWidth.truncate(label, to: labelWidth), to: labelWidth) + " "
            + TextWidth.pad(bar(Double(value), of: Double(top), width: barWidth, ascii: ascii), to: barWidth) + " \(value)"
    }

    static func cases(_ report: OrganisationReport, state: AppState, ascii: Bool, pen: inout Pen, buffer: inout ScreenBuffer) {
        let c = report.cases
        let labelWidth = max(12, min(56, pen.area.width / 2)), barWidth = max(4, min(20, pen.area.width - labelWidth - 6))
        let several = Set(c.triggers.map(\.policy)).count > 1
        func named(_ count: ReportCount) -> String { several ? "\(count.label) (\(count.policy))" : count.label }
        let top = max(1, (c.triggers + c.bradfordBands + c.stages).map(\.people).max() ?? 1)
        pen.line("At a trigger point on \(c.on.ukDisplay), of \(Plural.of(c.people, "person", "people"))", .dim, into: &buffer)
        for t in c.triggers { pen.line(countRow(named(t), t.people, of: top, labelWidth: labelWidth, barWidth: barWidth, ascii: ascii), into: &buffer) }
        if !c.bradfordBands.isEmpty {
            pen.line("Bradford scores in the policy's bands", .dim, into: &buffer)
            for b in c.bradfordBands { pen.line(countRow(named(b), b.people, of: top, labelWidth: labelWidth, barWidth: barWidth, ascii: ascii), into: &buffer) }
        }
        pen.line("Open cases by stage", .dim, into: &buffer)
        for s in c.stages { pen.line(countRow(named(s), s.people, of: top, labelWidth: labelWidth, barWidth: barWidth, ascii: ascii), into: &buffer) }
        pen.line("Warnings live \(c.warningsLive), lapsing within \(ReportCases.lapsingWithinDays) days \(c.warningsLapsingSoon)", into: &buffer)
        pen.line(c.longTerm.isEmpty ? "No open long-term cases" : "Open long-term cases (next milestone)", .dim, into: &buffer)
        for l in c.longTerm {
            if pen.full {
                pen.clipped += 1
                break
            }
            let next = l.nextMilestoneOn.map { "\($0.ukDisplay) \(l.nextMilestone ?? "")" } ?? "no milestone left"
            pen.line("\(l.name) · \(state.data.teamName(l.teamId)) · since \(l.start.ukDisplay), \(Plural.of(l.workingDays, "working day")) · \(next)", into: &buffer)
        }
    }

    static func duties(_ report: OrganisationReport, pen: inout Pen, buffer: inout ScreenBuffer) {
        let width = pen.area.width
        let column = 15
        let nameWidth = max(10, min(30, width - 3 * column - 18))
        pen.line(TextWidth.pad("On time", to: nameWidth) + " " + ["Interviews", "Contacts", "Fit notes"].map { TextWidth.pad($0, to: column) }.joined() + "Meetings", .dim, into: &buffer)
        for g in [report.organisation] + report.teams {
            if pen.full {
                pen.clipped += 1
                break
            }
            let cells = [g.duties.returnToWorkInterviews, g.duties.contacts, g.duties.fitNotes].map { count in
                TextWidth.pad(count.due > 0 ? "\(count.onTime)/\(count.due) \(percent(count.onTimeShare))" : "none due", to: column)
            }.joined()
            pen.line(TextWidth.pad(TextWidth.truncate(g.name, to: nameWidth), to: nameWidth) + " " + cells + "\(g.duties.meetings) (\(g.duties.meetingsOverridden) overridden)", into: &buffer)
        }
        pen.line("On time: done by the policy's deadline; interviews by the working days it allows after the first day back.", .dim, into: &buffer)
    }

    static func reasons(_ report: OrganisationReport, ascii: Bool, pen: inout Pen, buffer: inout ScreenBuffer) {
        let labelWidth = max(12, min(30, pen.area.width / 3)), barWidth = max(4, min(30, pen.area.width - labelWidth - 34))
        let top = report.reasons.compactMap(\.workingDaysLost).max() ?? 0
        let fewer = "fewer than \(report.minimumGroupSize) people"
        pen.line(TextWidth.pad("Reason", to: labelWidth) + " " + TextWidth.pad("Days lost", to: barWidth + 6) + "Spells", .dim, into: &buffer)
        for r in report.reasons {
            guard let lost = r.workingDaysLost, let spells = r.spells else {
                pen.line(TextWidth.pad(TextWidth.truncate(r.label, to: labelWidth), to: labelWidth) + " " + fewer, .dim, into: &buffer)
                continue
            }
            pen.line(TextWidth.pad(TextWidth.truncate(r.label, to: labelWidth), to: labelWidth) + " "
                     + TextWidth.pad(bar(Double(lost), of: Double(top), width: barWidth, ascii: ascii), to: barWidth) + TextWidth.pad(" \(lost)", to: 6) + "\(spells)", into: &buffer)
        }
        pen.line("Health data: a figure is shown only for \(report.minimumGroupSize) or more people, never with names.", .dim, into: &buffer)
    }

    /// The status line: the selected team.
    static func status(_ state: AppState) -> String {
        let teams = report(state).teams
        guard teams.indices.contains(state.reports.selected) else { return "No teams" }
        let t = teams[state.reports.selected]
        return "\(t.name) · \(Plural.of(t.people, "person", "people")) · \(percent(t.absenceRate)) · short \(t.shortTermDaysLost) long \(t.longTermDaysLost) days"
    }
}

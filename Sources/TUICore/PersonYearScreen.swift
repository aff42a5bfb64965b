import AttendanceRules
import AttendanceStore

/// One person's year (the roster's selected person): twelve month rows of up to 31 day
/// columns for the cursor's year, in the team calendar's glyphs and colours, with the rolling
/// window's first day marked, spells joined into lines, the days behind the rules' pattern
/// observations in bold, per-month working-day counts, and the year's totals below.
public enum PersonYearScreen {
    /// The year's keys, the most used first (the hint bar shows what fits).
    public static let hints: [KeyHint] = [
        KeyHint("←→↑↓ jkl", "move"),
        KeyHint("n p", "year"),
        KeyHint("w b", "week"),
        KeyHint("t", "today"),
        KeyHint("Enter", "timeline"),
        KeyHint("←→ l", "previous/next day"),
        KeyHint("↑↓ j k", "previous/next month (same day)"),
        KeyHint("PgDn PgUp", "next/previous year"),
        KeyHint("Home End", "first/last day of the month"),
        KeyHint("[ ]", "previous/next person"),
        KeyHint("e x h", "correct, void, history of the absence on the day"),
    ]

    /// Moves the cursor by day, week, month and year, changes person (the roster's
    /// selection), and opens the person's timeline on Enter.
    static func reduce(_ state: inout AppState, _ key: KeyEvent) {
        let cursor = state.year.cursor
        if let moved = DayCursor.moved(cursor, key, pageMonths: 12, today: state.data.today) {
            state.year.cursor = moved
            RosterScreen.clamp(&state)
            return
        }
        switch key {
        case .up, .character("k"): state.year.cursor = cursor.adding(months: -1)
        case .down, .character("j"): state.year.cursor = cursor.adding(months: 1)
        case .character("["): state.roster.selected -= 1
        case .character("]"): state.roster.selected += 1
        case .enter:
            guard state.selectedRow != nil else { return }
            state.screen = .timeline
        default: break
        }
        RosterScreen.clamp(&state)
    }

    /// Left of the days: a space, the month's three letters and a gutter (where the window's
    /// first day is marked when it is the 1st).
    static let labelWidth = 5

    /// Cells a day: 2 below 120 columns, else the widest (up to 5) that leaves room for the
    /// month counts.
    static func cellWidth(innerWidth: Int, terminalWidth: Int) -> Int {
        guard terminalWidth >= 120 else { return 2 }
        for candidate in stride(from: 5, to: 2, by: -1) where labelWidth + 31 * candidate + 1 + 12 <= innerWidth { return candidate }
        return 2
    }

    /// Draws the selected person's year into `area`.
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let data = state.data
        guard let row = state.selectedRow, let employee = data.employee(row.id) else {
            buffer.drawBox(area, title: "Year")
            buffer.put("No one to show: the roster is empty or filtered out.", x: area.x + 2, y: area.y + 1, style: .dim, maxX: area.maxX - 1)
            return
        }
        let cursor = state.year.cursor
        let year = cursor.year
        let january = CalendarDay(year: year, month: 1, day: 1) ?? cursor
        let december = CalendarDay(year: year, month: 12, day: 31) ?? cursor
        let days = PersonDays(employee: employee, data: data, from: january, through: december)
        let evaluation = data.evaluation(employee.id)
        buffer.drawBox(area, title: "Year \(year) · \(employee.name) · works \(DayExplanation.workingWeek(employee.pattern)) · "
                       + "\(data.nation(for: employee).name) · \(data.teamName(employee.teamId))")
        let inner = area.inset(1)
        guard inner.height >= 4, inner.width >= 40 else { return }
        let cell = cellWidth(innerWidth: inner.width, terminalWidth: state.width)
        let daysX = inner.x + labelWidth
        let summaryX = daysX + 31 * cell + 1

        // Day numbers; the year in the label column; the cursor's day reversed, today's underlined.
        let header = DayColumns(x: daysX, cellWidth: cell, month: january, weekDividers: false)
        buffer.put(String(year), x: inner.x + 1, y: inner.y, style: .bold)
        let numberRows = header.drawNumbers(into: &buffer, y: inner.y) { day in
            var style = Style.plain
            if day == data.today.day && year == data.today.year { style = Style.bold.with(.underline) }
            if day == cursor.day { style = style.with(.reverse) }
            return style
        }
        buffer.put(inner.maxX - summaryX >= 12 ? "working days" : "work days", x: summaryX, y: inner.y + numberRows - 1, style: .dim, maxX: inner.maxX)

        let windowStart = evaluation?.figures.windowStart
        let gridTop = inner.y + numberRows
        // With wide days and rows to spare, each month gets a second row of weekday initials,
        // so Mondays and Fridays can be read off the grid.
        let monthRows = cell >= 3 && inner.height - numberRows - 24 - 1 >= 8 ? 2 : 1
        for month in 1...12 {
            let y = gridTop + (month - 1) * monthRows
            guard y < inner.maxY - 1 else { break }
            let first = CalendarDay(year: year, month: month, day: 1) ?? january
            let columns = DayColumns(x: daysX, cellWidth: cell, month: first, weekDividers: false)
            var labelStyle = Style.plain
            if month == data.today.month && year == data.today.year { labelStyle = labelStyle.with(.underline) }
            if month == cursor.month { labelStyle = Style.bold.with(.reverse) }
            buffer.put(String(TeamCalendarScreen.monthName(month).prefix(3)), x: inner.x + 1, y: y, style: labelStyle)
            columns.drawDays(of: days, into: &buffer, y: y, today: data.today, cursor: month == cursor.month ? cursor : nil)
            if let windowStart, windowStart.year == year, windowStart.month == month {
                buffer.put(CalendarGlyphs.windowStart, x: columns.glyphX(windowStart.day) - 1, y: y, style: Style(foreground: .magenta, attributes: .bold))
            }
            if monthRows == 2 { columns.drawWeekdays(into: &buffer, y: y + 1) { _ in .dim } }
            let last = columns.date(columns.count)
            var hinted = 0
            for day in 1...columns.count where !days.info(columns.date(day)).hints.isEmpty { hinted += 1 }
            CalendarGlyphs.drawCounts(days, from: first, through: last, hinted: hinted, into: &buffer, x: summaryX, y: y, maxX: inner.maxX)
        }

        // The panel below the grid: totals, the window, patterns, then the year's spells while there is room.
        let legendY = inner.maxY - 1
        let gridBottom = gridTop + 12 * monthRows
        let panelTop = gridBottom + (legendY - gridBottom > 4 && monthRows == 1 ? 1 : 0)
        let lines = panel(days, year: year, evaluation: evaluation, width: inner.width - 2).prefix(max(0, legendY - panelTop))
        for (offset, line) in lines.enumerated() {
            var cx = inner.x + 1
            for run in line { cx = buffer.put(run.text, x: cx, y: panelTop + offset, style: run.style, maxX: inner.maxX) }
        }
        CalendarGlyphs.drawLegend(into: &buffer, x: inner.x + 1, y: legendY, maxX: inner.maxX - 1, extra: [
            (CalendarGlyphs.windowStart, Style(foreground: .magenta, attributes: .bold), "window start", "window"),
            ("S", Style(foreground: .red, attributes: .bold), "bold: pattern day", "pattern"),
            ("_", .underline, "today", "today"),
        ])
    }

    /// A line of the panel: styled runs.
    typealias Line = [(text: String, style: Style)]

    /// The panel's lines, most important first: the year's totals, the window's figures, the
    /// pattern observations and counts, then the spells touching the year. Each line comes
    /// in the longest wording that fits `width`.
    static func panel(_ days: PersonDays, year: Int, evaluation: EmployeeEvaluation?, width: Int) -> [Line] {
        func fit(_ long: Line, _ short: Line) -> Line {
            long.reduce(0) { $0 + TextWidth.of($1.text) } <= width ? long : short
        }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let january = days.first, december = days.last
        let spells = days.spells.filter { $0.end >= january && $0.start <= december }
        let sickCalendar = days.calendarDays(of: .sickness, from: january, through: december)
        let sickWorking = days.workingDays(of: .sickness, from: january, through: december)
        let annual = days.workingDays(of: .annualLeave, from: january, through: december)
        let other = days.workingDays(of: .otherLeave, from: january, through: december)
        let red = Style(foreground: .red), green = Style(foreground: .green), cyan = Style(foreground: .cyan)
        let dot: (text: String, style: Style) = (" · ", .dim)
        var lines: [Line] = []
        lines.append(fit(
            [("\(year): ", .bold), ("sickness \(plural(sickCalendar, "day")) (\(sickWorking) working) in \(plural(spells.count, "spell"))", red),
             dot, ("annual leave \(plural(annual, "working day"))", green), dot, ("other leave \(plural(other, "working day"))", cyan)],
            [("\(year): ", .bold), ("sick \(plural(sickCalendar, "day")) (\(sickWorking) working), \(plural(spells.count, "spell"))", red),
             dot, ("annual leave \(annual)", green), dot, ("other leave \(other)", cyan)]))
        guard let evaluation else { return lines }
        let f = evaluation.figures
        let marker: (text: String, style: Style) = (CalendarGlyphs.windowStart, Style(foreground: .magenta, attributes: .bold))
        let bradford = f.bradford.map { ", Bradford \(TriggerEvaluator.format($0))" } ?? ""
        lines.append(fit(
            [marker, (" window from \(f.windowStart.ukDisplay) to \(f.asOf.ukDisplay): ", .bold),
             ("\(plural(f.occasions, "occasion")), \(f.calendarDays) calendar / \(f.workingDays) working days\(bradford)", .plain)],
            [marker, (" window from \(f.windowStart.ukDisplay): ", .bold),
             ("\(plural(f.occasions, "occasion")), \(plural(f.workingDays, "working day"))\(bradford)", .plain)]))
        let patterns = evaluation.patterns
        let observations = patterns.observations
        if observations.isEmpty {
            lines.append([("Patterns: ", .bold), ("none to raise", .plain)])
        }
        for (index, observation) in observations.enumerated() {
            lines.append([(index == 0 ? "Patterns: " : "          ", .bold), (observation, Style(foreground: .yellow, attributes: .bold))])
        }
        lines.append(fit(
            [("  of \(plural(patterns.occasions, "counted spell")): \(patterns.startingAfterWeekend) start the week, "
              + "\(patterns.endingBeforeWeekend) end it, \(patterns.nextToHolidayOrLeave) next to a bank holiday or leave (their days in bold)", .dim)],
            [("  bold days: \(patterns.startingAfterWeekend) start the week, \(patterns.endingBeforeWeekend) end it, "
              + "\(patterns.nextToHolidayOrLeave) next to holiday/leave (of \(patterns.occasions))", .dim)]))
        if !spells.isEmpty { lines.append([("Spells touching \(year):", .bold)]) }
        for spell in spells {
            let counted = spell.counted.map { $0 ? "counted" : "not counted" } ?? "before the window"
            let hints = spell.counted == true ? spell.hints.sorted().map(\.shortText).joined(separator: ", ") : ""
            var range = DayExplanation.range(spell.start, spell.ongoing ? nil : spell.end)
            if spell.start.year == spell.end.year && !spell.ongoing { range += "/\(spell.start.year)" }
            lines.append([
                ("  S ", red),
                (range, .plain),
                ("  \(plural(spell.calendarDays, "day"))  \(counted)", spell.counted == true ? .plain : .dim),
                (hints.isEmpty ? "" : "  \(hints)", Style(foreground: .yellow)),
            ])
        }
        return lines
    }

    /// The cell under the cursor explained: person, date and what the day is.
    static func status(_ state: AppState) -> String {
        guard let row = state.selectedRow, let employee = state.data.employee(row.id) else {
            return "No one to show: the roster is empty or filtered out."
        }
        let day = state.year.cursor
        let days = PersonDays(employee: employee, data: state.data, from: day, through: day)
        return DayExplanation.text(days.info(day), of: days, data: state.data, compact: state.width < 120)
    }
}

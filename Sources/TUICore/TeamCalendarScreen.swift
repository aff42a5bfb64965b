import AttendanceRules
import AttendanceStore

/// The team absence calendar for a month: the roster's people (its team, manager and filter
/// apply) as rows and the days of the cursor's month as columns.
///
/// Sickness, annual leave, other leave and part days differ by glyph and colour
/// (`CalendarGlyphs`); weekends and each person's own bank holidays are shaded; today is
/// underlined; weeks are divided after each Sunday; the cursor's day is reversed and the
/// status line explains it.
public enum TeamCalendarScreen {
    /// The calendar's keys, the most used first (the hint bar shows what fits).
    public static let hints: [KeyHint] = [
        KeyHint("←→↑↓ jkl", "move"),
        KeyHint("w b", "week"),
        KeyHint("n p", "month"),
        KeyHint("t", "today"),
        KeyHint("Enter", "year"),
        KeyHint("←→ l", "previous/next day"),
        KeyHint("↑↓ j k", "previous/next person"),
        KeyHint("PgDn PgUp", "next/previous month"),
        KeyHint("Home End", "first/last day of the month"),
        KeyHint("g G", "first/last person"),
        KeyHint("[ ]", "previous/next team"),
        KeyHint("m", "next manager"),
        KeyHint("e x h", "correct, void, history of the absence on the day"),
    ]

    /// Moves the cursor by day, week and month and between people (the roster's selection),
    /// switches the roster's team or manager, and opens the person's year on Enter.
    static func reduce(_ state: inout AppState, _ key: KeyEvent) {
        let cursor = state.calendar.cursor
        if let moved = DayCursor.moved(cursor, key, pageMonths: 1, today: state.data.today) {
            state.calendar.cursor = moved
            return
        }
        switch key {
        case .up, .character("k"): state.roster.selected -= 1
        case .down, .character("j"): state.roster.selected += 1
        case .character("g"): state.roster.selected = 0
        case .character("G"): state.roster.selected = state.visibleRows.count - 1
        case .character("["), .character("]"), .character("m"):
            // The roster's own team and manager switch: the calendar shows the roster's people.
            RosterScreen.reduce(&state, key)
        case .enter:
            guard state.selectedRow != nil else { return }
            state.year.cursor = state.calendar.cursor
            state.screen = .personYear
        default: break
        }
        RosterScreen.clamp(&state)
    }

    /// The column widths for an inner width: 2 cells a day below 120 columns, wider days when
    /// there is room, and a month summary column at the right when that fits too.
    struct Layout {
        let cellWidth: Int
        let nameWidth: Int
        let summaryWidth: Int

        init(innerWidth: Int, terminalWidth: Int) {
            let minimumName = 14
            var cell = 2
            if terminalWidth >= 120 {
                for candidate in stride(from: 5, to: 2, by: -1) where 1 + minimumName + 1 + 31 * candidate <= innerWidth {
                    cell = candidate
                    break
                }
            }
            cellWidth = cell
            // Left of the days: a space, the name and a gap. The 12-cell month counts (and
            // their gap) come only when a name of 20 still fits beside them.
            let rest = innerWidth - 2 - 31 * cell
            summaryWidth = rest >= 20 + 13 ? 12 : 0
            nameWidth = min(28, rest - (summaryWidth > 0 ? summaryWidth + 1 : 0))
        }
    }

    /// The person (roster index) and day under a screen cell, as `draw` lays them out (a click
    /// on a name gives no day).
    static func cell(atX x: Int, y: Int, _ state: AppState) -> (row: Int, day: CalendarDay?)? {
        let inner = TimelineScreen.area(state).inset(1)
        guard inner.height >= 4, inner.width >= 40 else { return nil }
        let layout = Layout(innerWidth: inner.width, terminalWidth: state.width)
        let cursor = state.calendar.cursor
        let columns = DayColumns(x: inner.x + 1 + layout.nameWidth + 1, cellWidth: layout.cellWidth,
                                 month: cursor.adding(days: 1 - cursor.day), weekDividers: true)
        let rows = state.visibleRows
        let listTop = inner.y + columns.numberRows + 1
        let visible = max(0, inner.maxY - 1 - listTop)
        guard !rows.isEmpty, y >= listTop, y < listTop + visible else { return nil }
        let selected = min(max(state.roster.selected, 0), rows.count - 1)
        let first = max(0, min(selected - visible / 2, rows.count - visible))
        let index = first + (y - listTop)
        guard rows.indices.contains(index) else { return nil }
        return (index, columns.day(atColumn: x).map(columns.date))
    }

    /// Draws the month for the roster's visible people into `area`.
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let rows = state.visibleRows
        let data = state.data
        let cursor = state.calendar.cursor
        let month = cursor.adding(days: 1 - cursor.day)
        let monthEnd = month.adding(days: CalendarDay.daysInMonth(year: month.year, month: month.month) - 1)
        var title = "Team calendar · \(monthName(month.month)) \(month.year)"
        if let team = state.roster.team { title += " · \(data.teamName(team))" }
        if let manager = state.roster.manager, let name = data.organisation.managers.first(where: { $0.id == manager })?.name { title += " · \(name)" }
        if !state.roster.filter.isEmpty { title += " · filter: \(state.roster.filter)" }
        title += " · \(rows.count) \(rows.count == 1 ? "person" : "people")"
        buffer.drawBox(area, title: title)
        let inner = area.inset(1)
        guard inner.height >= 4, inner.width >= 40 else { return }
        let layout = Layout(innerWidth: inner.width, terminalWidth: state.width)
        let nameX = inner.x + 1
        let columns = DayColumns(x: nameX + layout.nameWidth + 1, cellWidth: layout.cellWidth, month: month, weekDividers: true)
        let summaryX = columns.x + columns.fullWidth + 1

        // Header: day numbers, weekdays; weekends dim, today bold and underlined, the cursor's day reversed.
        func headerStyle(_ day: Int) -> Style {
            let date = columns.date(day)
            var style = date.weekday >= .saturday ? Style.dim : .plain
            if date == data.today { style = Style.bold.with(.underline) }
            if date == cursor { style = style.with(.reverse) }
            return style
        }
        buffer.put(TextWidth.truncate("\(monthName(month.month)) \(month.year)", to: layout.nameWidth), x: nameX, y: inner.y, style: .bold)
        let numberRows = columns.drawNumbers(into: &buffer, y: inner.y, style: headerStyle)
        let weekdayY = inner.y + numberRows
        columns.drawWeekdays(into: &buffer, y: weekdayY) { day in
            let date = columns.date(day)
            return date == data.today ? .underline : date.weekday >= .saturday ? .dim : .plain
        }
        if layout.summaryWidth > 0 {
            buffer.put(TextWidth.truncate("working days", to: layout.summaryWidth), x: summaryX, y: weekdayY, style: .dim)
        }

        let listTop = weekdayY + 1
        let legendY = inner.maxY - 1
        let visible = max(0, legendY - listTop)
        CalendarGlyphs.drawLegend(into: &buffer, x: nameX, y: legendY, maxX: inner.maxX - 1,
                                  extra: [(CalendarGlyphs.weekDivider, .dim, "week", "week"), ("_", .underline, "today", "today")])
        guard !rows.isEmpty else {
            buffer.put(data.rows.isEmpty ? "No employees yet: add some with `attend employee add`." : "No one matches the roster's filter.",
                       x: nameX, y: listTop, style: .dim, maxX: inner.maxX)
            return
        }
        let selected = min(max(state.roster.selected, 0), rows.count - 1)
        let first = max(0, min(selected - visible / 2, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = listTop + offset
            let isCursorRow = first + offset == selected
            buffer.put(TextWidth.pad(row.name, to: layout.nameWidth), x: nameX, y: y, style: isCursorRow ? Style.bold.with(.reverse) : .plain)
            guard let employee = data.employee(row.id) else { continue }
            let days = PersonDays(employee: employee, data: data, from: month, through: monthEnd)
            columns.drawDays(of: days, into: &buffer, y: y, today: data.today, cursor: isCursorRow ? cursor : nil)
            if layout.summaryWidth > 0 {
                CalendarGlyphs.drawCounts(days, from: month, through: monthEnd, into: &buffer, x: summaryX, y: y, maxX: summaryX + layout.summaryWidth)
            }
        }
    }

    /// The cell under the cursor explained: person, date and what the day is.
    static func status(_ state: AppState) -> String {
        guard let row = state.selectedRow, let employee = state.data.employee(row.id) else {
            return "No one to show: the roster is empty or filtered out."
        }
        let day = state.calendar.cursor
        let days = PersonDays(employee: employee, data: state.data, from: day, through: day)
        return DayExplanation.text(days.info(day), of: days, data: state.data, compact: state.width < 120)
    }

    /// "January" ... "December".
    static func monthName(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return names[min(max(month, 1), 12) - 1]
    }
}

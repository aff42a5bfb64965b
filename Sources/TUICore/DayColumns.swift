import AttendanceRules

/// Where the days of one month go across a calendar row, and the drawing both calendars share.
///
/// Each day has a slot of `cellWidth` cells: the glyph sits under the last digit of the day
/// number, and the slot's last cell is a spacer that holds the line joining two days of one
/// absence, or (in the team calendar) the divider after a Sunday. At 2 cells a day the day
/// numbers take two header rows (tens over units) so that 10, 11, 12 never run together.
struct DayColumns {
    /// The x of day 1's slot.
    let x: Int
    /// Cells per day, at least 2.
    let cellWidth: Int
    /// The first day of the month.
    let month: CalendarDay
    /// Draw a divider after each Sunday.
    let weekDividers: Bool

    /// Days in the month.
    var count: Int { CalendarDay.daysInMonth(year: month.year, month: month.month) }
    /// Cells for 31 days: the calendars lay out every month the same.
    var fullWidth: Int { 31 * cellWidth }
    /// Header rows the day numbers take.
    var numberRows: Int { cellWidth == 2 ? 2 : 1 }

    func date(_ day: Int) -> CalendarDay { month.adding(days: day - 1) }
    func slotX(_ day: Int) -> Int { x + (day - 1) * cellWidth }
    func glyphX(_ day: Int) -> Int { slotX(day) + cellWidth - 2 }
    func spacerX(_ day: Int) -> Int { slotX(day) + cellWidth - 1 }

    /// The day (1...count) whose slot holds column `column`, if any.
    func day(atColumn column: Int) -> Int? {
        guard column >= x else { return nil }
        let day = (column - x) / cellWidth + 1
        return day <= count ? day : nil
    }

    /// Draws the day numbers from row `y`, each in `style(day)`; returns the rows used.
    @discardableResult
    func drawNumbers(into buffer: inout ScreenBuffer, y: Int, style: (Int) -> Style) -> Int {
        for day in 1...count {
            let digits = String(day)
            if numberRows == 2 {
                if day >= 10 { buffer.put(String(digits.first ?? " "), x: glyphX(day), y: y, style: style(day)) }
                buffer.put(String(digits.last ?? " "), x: glyphX(day), y: y + 1, style: style(day))
            } else {
                buffer.put(digits, x: glyphX(day) - digits.count + 1, y: y, style: style(day))
            }
        }
        for row in 0..<numberRows { drawDividers(into: &buffer, y: y + row) }
        return numberRows
    }

    /// Draws the weekday of each day on row `y`: an initial at 2 cells a day, else two letters.
    func drawWeekdays(into buffer: inout ScreenBuffer, y: Int, style: (Int) -> Style) {
        for day in 1...count {
            let name = date(day).weekday.name
            let text = cellWidth >= 3 ? String(name.prefix(2)) : String(name.prefix(1))
            buffer.put(text, x: glyphX(day) - text.count + 1, y: y, style: style(day))
        }
        drawDividers(into: &buffer, y: y)
    }

    /// Draws the week dividers on row `y` (when this layout has them).
    func drawDividers(into buffer: inout ScreenBuffer, y: Int) {
        guard weekDividers else { return }
        for day in 1..<count where date(day).weekday == .sunday {
            buffer.put(CalendarGlyphs.weekDivider, x: spacerX(day), y: y, style: .dim)
        }
    }

    /// Draws one person's month on row `y`: glyphs, joining lines, dividers, today underlined
    /// and the cursor's day reversed.
    func drawDays(of days: PersonDays, into buffer: inout ScreenBuffer, y: Int, today: CalendarDay, cursor: CalendarDay?) {
        for day in 1...count {
            let date = date(day)
            let info = days.info(date)
            var (glyph, style) = CalendarGlyphs.cell(info)
            if date == today { style = style.with(.underline) }
            buffer.put(glyph, x: glyphX(day), y: y, style: style)
            if day < count, days.continues(after: date) {
                let joint = CalendarGlyphs.connectorStyle(info)
                buffer.put(CalendarGlyphs.connector, x: spacerX(day), y: y, style: joint)
                for pad in slotX(day + 1)..<glyphX(day + 1) { buffer.put(CalendarGlyphs.connector, x: pad, y: y, style: joint) }
            }
            if date == cursor {
                buffer.restyle(Rect(x: slotX(day), y: y, width: cellWidth - 1, height: 1)) { $0.with(.reverse) }
            }
        }
        drawDividers(into: &buffer, y: y)
    }
}

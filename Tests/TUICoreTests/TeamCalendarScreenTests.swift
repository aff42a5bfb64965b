import AttendanceRules
import Testing
import TUICore

/// The team absence calendar on the demo organisation as of Friday 20/11/2026.
@Suite struct TeamCalendarScreenTests {
    /// The calendar at a size, with the cursor on `name` (when given) and on `day`.
    static func calendar(width: Int = 80, height: Int = 24, name: String? = nil, day: String? = nil) -> AppState {
        var state = TUIFixtures.state(width: width, height: height)
        TUIFixtures.press(&state, .character("2"))
        if let name { state.roster.selected = state.visibleRows.firstIndex { $0.name == name } ?? -1 }
        if let day, let date = CalendarDay(iso: day) { state.calendar.cursor = date }
        return state
    }

    static func mask(_ state: AppState) -> [[Character]] {
        AppView.render(state).renderStyleMask().split(separator: "\n").map { Array($0) }
    }

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso) ?? TUIFixtures.today }

    // MARK: - Frames

    @Test func monthAt80x24HasTwoRowDayNumbersWeekdaysAndWeekDividers() {
        let lines = TUIFixtures.lines(Self.calendar())
        #expect(lines.count == 24)
        #expect(lines[1].hasPrefix("┌ Team calendar · November 2026 · 35 people ─"))
        #expect(lines[2] == "│ November 2026   │             │  1 1 1 1 1 1│1 1 1 1 2 2 2│2 2 2 2 2 2 2│3   │")
        #expect(lines[3] == "│                1│2 3 4 5 6 7 8│9 0 1 2 3 4 5│6 7 8 9 0 1 2│3 4 5 6 7 8 9│0   │")
        #expect(lines[4] == "│                S│M T W T F S S│M T W T F S S│M T W T F S S│M T W T F S S│M   │")
        #expect(lines[5] == "│ Aisha Begum    ·│          · ·│          · ·│          · ·│          · ·│    │")
        #expect(lines[20] == "│ S sick  A annual  L other  s a l part  H holiday  · off  │ week  _ today     │")
        #expect(lines[22] == " Aisha Begum · Fri 20/11/2026 (today) · working day, no absence")
        #expect(lines[23].contains("w b week") && lines[23].contains("n p month"))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
    }

    @Test func spellsAreJoinedAndDaysOffDotted() {
        let lines = TUIFixtures.lines(Self.calendar())
        // Off sick since September, ongoing today: S on every day up to today, weekends included.
        #expect(lines[7] == "│ Aoife Ní Bhri… S│S─S─S─S─S─S─S│S─S─S─S─S─S─S│S─S─S─S─S · ·│          · ·│    │")
        // Sick Friday 13 to Tuesday 17 November, joined across the weekend.
        #expect(lines[19] == "│ Gwenllian Prys ·│          · ·│        S─S─S│S─S       · ·│          · ·│    │")
        // Works Monday to Wednesday: Thursdays and Fridays are days off too.
        #expect(lines[10] == "│ Chidi Okafor   ·│      · · · ·│      · · · ·│      · · · ·│      · · · ·│    │")
    }

    @Test func cursorIsReversedTodayUnderlinedAndWeekendsAndHolidaysShaded() {
        let state = Self.calendar()
        let lines = TUIFixtures.lines(state)
        let mask = Self.mask(state)
        // Day d's glyph is at column 17 + 2 (d - 1) at 80 columns.
        func x(_ day: Int) -> Int { 17 + 2 * (day - 1) }
        #expect(mask[5][x(20)] == "R")                 // the cursor: Aisha Begum, today
        #expect(mask[5][2] == "R")                     // her name is highlighted too
        #expect(mask[6][x(20)] == "U")                 // today's column in the other rows
        #expect(mask[2][x(20)] == "R" && mask[3][x(20)] == "R")   // the cursor's day number
        #expect(mask[6][x(21)] == "D" && mask[6][x(22)] == "D")   // Saturday and Sunday
        #expect(mask[4][x(21)] == "D")                 // weekday initials of the weekend
        #expect(mask[6][x(19)] == ".")                 // a plain working day
        // Sickness is coloured as well as lettered; a weekend day of it is also shaded.
        #expect(mask[19][x(16)] == "c" && mask[19][x(14)] == "D")
        // St Andrew's Day (Monday 30/11) is Calum Stewart's bank holiday: H, shaded.
        #expect(lines[8].hasPrefix("│ Calum Stewart"))
        #expect(Array(lines[8])[x(30)] == "H" && mask[8][x(30)] == "D")
    }

    @Test func monthAt200x60ShowsEveryoneWithWiderDaysAndMonthCounts() {
        let lines = TUIFixtures.lines(Self.calendar(width: 200, height: 60))
        #expect(lines.count == 60)
        #expect(lines[2] == "│ November 2026                   1│   2    3    4    5    6    7    8│   9   10   11   12   13   14   15│"
                + "  16   17   18   19   20   21   22│  23   24   25   26   27   28   29│  30                   │")
        #expect(lines[3] == "│                                Su│  Mo   Tu   We   Th   Fr   Sa   Su│  Mo   Tu   We   Th   Fr   Sa   Su│"
                + "  Mo   Tu   We   Th   Fr   Sa   Su│  Mo   Tu   We   Th   Fr   Sa   Su│  Mo       working days│")
        #expect(lines[4].hasPrefix("│ Aisha Begum                     ·│"))
        // All 35 people fit; the long-term absence has its month count.
        let names = Self.calendar().visibleRows.map(\.name)
        #expect(names.count == 35)
        #expect(zip(lines[4..<39], names).allSatisfy { $0.hasPrefix("│ \($1)") })
        let aoife = lines.first { $0.hasPrefix("│ Aoife Ní Bhriain") } ?? ""
        #expect(aoife.contains("S────S────S") && aoife.contains("S15"))
        #expect(lines[56].contains("S sickness  A annual leave  L other leave  s a l part day  H bank holiday  · not working  │ week  _ today"))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 200 })
    }

    @Test func fitsAt120x40WithThreeCellsADay() {
        let lines = TUIFixtures.lines(Self.calendar(width: 120, height: 40))
        #expect(lines[2].hasPrefix("│ November 2026            1│ 2  3  4  5  6  7  8│ 9 10 11 12 13 14 15│16 17"))
        #expect(lines[3].hasPrefix("│                         Su│Mo Tu We Th Fr Sa Su│"))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 120 })
    }

    @Test func chineseAndWelshNamesLineUpWithTheDayColumns() {
        for (width, height) in [(80, 24), (200, 60)] {
            var state = Self.calendar(width: width, height: height, name: "王小明 (Wang Xiaoming)")
            let wang = TUIFixtures.lines(state).first { $0.contains("王小明") } ?? ""
            state.roster.selected = state.visibleRows.firstIndex { $0.name == "Siân Llŷr" } ?? 0
            let lines = TUIFixtures.lines(state)
            let sian = lines.first { $0.contains("Siân Llŷr") } ?? ""
            // The first week divider sits at the same display column in the header and both rows.
            func divider(_ line: String) -> Int { TextWidth.of(String(line[..<(line.dropFirst().firstIndex(of: "│") ?? line.endIndex)])) }
            #expect(!wang.isEmpty && !sian.isEmpty)
            #expect(divider(wang) == divider(lines[4 - (width >= 120 ? 1 : 0)]))
            #expect(divider(sian) == divider(wang))
            #expect(TextWidth.of(wang) == TextWidth.of(sian))
        }
    }

    @Test func emptyRosterSaysSo() {
        var state = TUIFixtures.state()
        TUIFixtures.press(&state, .character("/"), .character("z"), .character("z"), .enter)
        state.screen = .teamCalendar
        let text = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(text.contains("No one matches the roster's filter."))
        #expect(TUIFixtures.lines(state)[22].contains("No one to show"))
    }

    // MARK: - Keys

    @Test func arrowsMoveByDayAcrossTheEndOfJanuary() {
        var state = Self.calendar(day: "2026-01-31")
        TUIFixtures.press(&state, .right)
        #expect(state.calendar.cursor == Self.day("2026-02-01"))
        #expect(TUIFixtures.lines(state)[1].hasPrefix("┌ Team calendar · February 2026"))
        TUIFixtures.press(&state, .left, .left)
        #expect(state.calendar.cursor == Self.day("2026-01-30"))
    }

    @Test func monthKeysCrossTheYearEndAndKeepTheDay() {
        var state = Self.calendar(day: "2026-12-31")
        TUIFixtures.press(&state, .character("n"))
        #expect(state.calendar.cursor == Self.day("2027-01-31"))
        TUIFixtures.press(&state, .pageDown)
        #expect(state.calendar.cursor == Self.day("2027-02-28"))
        TUIFixtures.press(&state, .character("p"), .pageUp)
        #expect(state.calendar.cursor == Self.day("2026-12-28"))
        TUIFixtures.press(&state, .home)
        #expect(state.calendar.cursor == Self.day("2026-12-01"))
        TUIFixtures.press(&state, .end)
        #expect(state.calendar.cursor == Self.day("2026-12-31"))
    }

    @Test func weekKeysMoveSevenDaysAndTReturnsToToday() {
        var state = Self.calendar()
        TUIFixtures.press(&state, .character("w"), .character("w"))
        #expect(state.calendar.cursor == Self.day("2026-12-04"))
        TUIFixtures.press(&state, .character("b"))
        #expect(state.calendar.cursor == Self.day("2026-11-27"))
        TUIFixtures.press(&state, .character("n"), .character("l"), .character("t"))
        #expect(state.calendar.cursor == TUIFixtures.today)
    }

    @Test func personKeysMoveTheRosterSelectionSoEveryScreenShowsThem() {
        var state = Self.calendar()
        TUIFixtures.press(&state, .down, .character("j"))
        #expect(state.roster.selected == 2)
        #expect(state.selectedRow?.name == "Aoife Ní Bhriain")
        TUIFixtures.press(&state, .up, .up, .up)
        #expect(state.roster.selected == 0)
        TUIFixtures.press(&state, .character("G"))
        #expect(state.roster.selected == state.visibleRows.count - 1)
        #expect(TUIFixtures.lines(state)[22].hasPrefix(" 王小明 (Wang Xiaoming) · Fri 20/11/2026"))
    }

    @Test func teamKeySwitchesTheRostersTeam() {
        var state = Self.calendar(width: 120, height: 40)
        TUIFixtures.press(&state, .character("]"))
        #expect(state.roster.team == "customer-contact")
        #expect(TUIFixtures.lines(state)[1].contains("Customer Contact (Stoke-on-Trent) · 13 people"))
    }

    @Test func enterOpensTheSamePersonsYearAtTheCursorDay() {
        var state = Self.calendar(name: "Gwenllian Prys", day: "2026-11-16")
        TUIFixtures.press(&state, .enter)
        #expect(state.screen == .personYear)
        #expect(state.year.cursor == Self.day("2026-11-16"))
        #expect(state.selectedRow?.name == "Gwenllian Prys")
        #expect(TUIFixtures.lines(state)[1].hasPrefix("┌ Year 2026 · Gwenllian Prys"))
    }

    // MARK: - Status line

    @Test func statusExplainsASicknessDay() {
        let wide = Self.calendar(width: 200, height: 60, name: "Gwenllian Prys", day: "2026-11-16")
        #expect(StatusLine.text(for: wide) == "Gwenllian Prys · Mon 16/11/2026 · Sickness (abs-9, 13/11–17/11, counted)")
        let weekend = Self.calendar(width: 200, height: 60, name: "Gwenllian Prys", day: "2026-11-14")
        #expect(StatusLine.text(for: weekend)
                == "Gwenllian Prys · Sat 14/11/2026 · Sickness (abs-9, 13/11–17/11, counted (calendar day only)), not a working day")
        let ongoing = Self.calendar(width: 200, height: 60, name: "Ruairidh MacAoidh", day: "2026-11-19")
        #expect(StatusLine.text(for: ongoing) == "Ruairidh MacAoidh · Thu 19/11/2026 · Sickness (abs-15, since 18/11, ongoing, counted)")
        // At 80 columns the compact form keeps the facts inside the line.
        let narrow = Self.calendar(name: "Gwenllian Prys", day: "2026-11-14")
        #expect(TUIFixtures.lines(narrow)[22] == " Gwenllian Prys · Sat 14/11/2026 · Sickness 13/11–17/11, counted, day off")
    }

    @Test func statusNamesChristmasInEnglandAndWales() {
        let state = Self.calendar(width: 200, height: 60, name: "Aisha Begum", day: "2026-12-25")
        #expect(StatusLine.text(for: state) == "Aisha Begum · Fri 25/12/2026 · bank holiday: Christmas Day, not a working day")
        let boxing = Self.calendar(width: 200, height: 60, name: "Aisha Begum", day: "2026-12-28")
        #expect(StatusLine.text(for: boxing) == "Aisha Begum · Mon 28/12/2026 · bank holiday: Boxing Day (substitute day), not a working day")
        // Day d's glyph is at column 17 + 2 (d - 1) at 80 columns.
        let narrow = Self.calendar(name: "Aisha Begum", day: "2026-12-25")
        #expect(Array(TUIFixtures.lines(narrow)[5])[17 + 2 * 24] == "H")
    }

    @Test func stAndrewsDayIsABankHolidayOnlyForTheScotlandTeam() {
        let scot = Self.calendar(width: 200, height: 60, name: "Calum Stewart", day: "2026-11-30")
        #expect(StatusLine.text(for: scot) == "Calum Stewart · Mon 30/11/2026 · bank holiday: St Andrew’s Day, not a working day")
        let english = Self.calendar(width: 200, height: 60, name: "Aisha Begum", day: "2026-11-30")
        #expect(StatusLine.text(for: english) == "Aisha Begum · Mon 30/11/2026 · working day, no absence")
        // In the frame (80 columns, tall enough for everyone), only the Housing Support
        // (Glasgow) people have an H on the 30th.
        let state = Self.calendar(height: 60)
        let rows = state.visibleRows
        let lines = TUIFixtures.lines(state)[5..<(5 + rows.count)]
        let withHoliday = zip(lines, rows).filter { Array($0.0)[17 + 2 * 29] == "H" }.map(\.1.name)
        #expect(withHoliday.count == 11)
        #expect(withHoliday == rows.filter { $0.teamId == "housing-support" }.map(\.name))
    }

    @Test func statusExplainsPartDays() {
        let mostly = Self.calendar(width: 200, height: 60, name: "Sophie Clarke", day: "2026-09-21")
        #expect(StatusLine.text(for: mostly)
                == "Sophie Clarke · Mon 21/09/2026 · Sickness (abs-13, 21/09, part day: 60% worked, not counted: part day: 60% of the day worked, at least 50% (NUL16 s8.4 [002:1123], s21.2.1 [002:1281]))")
        // The calendar says it in the rules' own words, the ones `employee show` prints under the
        // spell ("1 day not counted: part day: …"), because both come from AbsenceCounter (D-69).
        let spell = TUIFixtures.data.evaluation("sophie-clarke")?.figures.spells.first { $0.recordIds.contains("abs-13") }
        #expect(spell?.excluded.contains { StatusLine.text(for: mostly).contains("not counted: \($0.reason.text)") } == true)
        let quarter = Self.calendar(width: 200, height: 60, name: "Ciarán McAleese", day: "2026-07-23")
        #expect(StatusLine.text(for: quarter)
                == "Ciarán McAleese · Thu 23/07/2026 · Sickness (abs-13, 23/07–24/07, part day: 25% worked, counted (under 50% worked))")
        // A part day is a lower-case glyph: s for sickness.
        let narrow = Self.calendar(name: "Sophie Clarke", day: "2026-09-21")
        let row = TUIFixtures.lines(narrow).first { $0.hasPrefix("│ Sophie Clarke") } ?? ""
        #expect(Array(row)[17 + 2 * 20] == "s")
        #expect(TUIFixtures.lines(narrow)[22] == " Sophie Clarke · Mon 21/09/2026 · Sickness 21/09, 60% worked, not counted")
    }
}

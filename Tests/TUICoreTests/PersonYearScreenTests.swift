import AttendanceRules
import Testing
import TUICore

/// One person's year on the demo organisation as of Friday 20/11/2026.
@Suite struct PersonYearScreenTests {
    /// The year view at a size, for `name` (default: the first person, Aisha Begum), with the
    /// cursor on `day` when given.
    static func year(width: Int = 80, height: Int = 24, name: String? = nil, day: String? = nil) -> AppState {
        var state = TUIFixtures.state(width: width, height: height)
        if let name { state.roster.selected = state.visibleRows.firstIndex { $0.name == name } ?? -1 }
        TUIFixtures.press(&state, .character("3"))
        if let day, let date = CalendarDay(iso: day) { state.year.cursor = date }
        return state
    }

    static func mask(_ state: AppState) -> [[Character]] {
        AppView.render(state).renderStyleMask().split(separator: "\n").map { Array($0) }
    }

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso) ?? TUIFixtures.today }

    /// The column of day `d`'s glyph at 80 columns (2 cells a day after a 5-cell month label).
    static func x(_ d: Int) -> Int { 6 + 2 * (d - 1) }

    // MARK: - Frames

    @Test func yearAt80x24ShowsTwelveMonthsCountsTotalsWindowAndPatterns() {
        let lines = TUIFixtures.lines(Self.year())
        #expect(lines.count == 24)
        #expect(lines[1] == "┌ Year 2026 · Aisha Begum · works Mon–Fri · England and Wales · Customer Cont… ┐")
        #expect(lines[2] == "│ 2026                  1 1 1 1 1 1 1 1 1 1 2 2 2 2 2 2 2 2 2 2 3 3            │")
        #expect(lines[3] == "│     1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1  work days │")
        #expect(lines[4] == "│ Jan H   · ·           · ·           · ·           · ·           ·  -         │")
        #expect(lines[5] == "│ Feb ·           · · A         · · S─S       · ·           ·        S2 A1 !1  │")
        #expect(lines[12] == "│ Sep S─S─S   · ·           · ·           · ·           · ·          S3 !1     │")
        #expect(lines[15] == "│ Dec         · ·           · ·           · ·         H · · H        -         │")
        #expect(lines[16] == "│ 2026: sick 12 days (10 working), 4 spells · annual leave 15 · other leave 0  │")
        #expect(lines[17] == "│ ▸ window from 21/11/2025: 4 occasions, 10 working days, Bradford 192         │")
        #expect(lines[18] == "│ Patterns: 2 of 4 spells start on the first working day of the week           │")
        #expect(lines[19] == "│   bold days: 2 start the week, 0 end it, 1 next to holiday/leave (of 4)      │")
        #expect(lines[20] == "│ S sick  A annual  L other  s a l part  H holiday  · off  ▸ window  S pattern │")
        #expect(lines[22] == " Aisha Begum · Fri 20/11/2026 (today) · working day, no absence")
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
    }

    @Test func cursorIsReversedPatternDaysBoldAndWeekendsShaded() {
        var state = Self.year()
        var mask = Self.mask(state)
        #expect(mask[14][Self.x(20)] == "R")                       // the cursor: Friday 20 November
        #expect(mask[14][2] == "R" && mask[14][4] == "R")          // its month's label
        #expect(mask[2][Self.x(20)] == "R" && mask[3][Self.x(20)] == "R")   // its day number
        #expect(mask[14][Self.x(21)] == "D")                       // Saturday
        #expect(mask[5][Self.x(16)] == "B")                        // Monday 16 February starts a spell after the weekend
        #expect(mask[5][Self.x(17)] == "c")                        // its second day: just coloured
        #expect(mask[12][Self.x(1)] == "B")                        // 1 September, the day after the bank holiday
        #expect(mask[4][Self.x(1)] == "D")                         // New Year's Day: H, shaded
        TUIFixtures.press(&state, .right)
        mask = Self.mask(state)
        #expect(mask[14][Self.x(20)] == "U")                       // today, underlined once the cursor leaves it
        #expect(mask[14][Self.x(21)] == "R")
    }

    @Test func windowStartIsMarkedInTheYearItFallsIn() {
        var state = Self.year()
        TUIFixtures.press(&state, .character("p"))
        #expect(state.year.cursor == Self.day("2025-11-20"))
        let lines = TUIFixtures.lines(state)
        #expect(lines[1].hasPrefix("┌ Year 2025 · Aisha Begum"))
        #expect(lines[14] == "│ Nov · ·           · ·           · ·        ▸  · · A─A       · ·    A2        │")
        #expect(Array(lines[14])[Self.x(21) - 1] == "▸")
        #expect(Self.mask(state)[14][Self.x(21) - 1] == "B")
        #expect(lines[16] == "│ 2025: sick 0 days (0 working), 0 spells · annual leave 19 · other leave 0    │")
        TUIFixtures.press(&state, .right)
        #expect(StatusLine.text(for: state) == "Aisha Begum · Fri 21/11/2025 · working day, no absence, the window starts")
    }

    @Test func yearAt200x60ListsTheSpellsAndWeekdays() {
        let lines = TUIFixtures.lines(Self.year(width: 200, height: 60))
        #expect(lines.count == 60)
        #expect(lines[2].hasPrefix("│ 2026   1    2    3    4    5    6    7    8    9   10   11   12"))
        #expect(lines[2].contains("29   30   31  working days"))
        #expect(lines[3].hasPrefix("│ Jan    H         ·    ·         "))
        // A row of weekdays under each month, so Mondays and Fridays can be read off.
        #expect(lines[4].hasPrefix("│       Th   Fr   Sa   Su   Mo   Tu   We"))
        #expect(lines[5].hasPrefix("│ Feb    ·                             ·    ·    A                        ·    ·    S────S"))
        #expect(lines[5].contains("S2 A1 !1"))
        let text = lines.joined(separator: "\n")
        #expect(text.contains("│ 2026: sickness 12 days (10 working) in 4 spells · annual leave 15 working days · other leave 0 working days"))
        #expect(text.contains("│ ▸ window from 21/11/2025 to 20/11/2026: 4 occasions, 12 calendar / 10 working days, Bradford 192"))
        #expect(lines.contains { $0.hasPrefix("│   S 16/02–17/02/2026  2 days  counted  starts the week   ") })
        #expect(lines.contains { $0.hasPrefix("│   S 01/09–03/09/2026  3 days  counted  next to holiday/leave   ") })
        #expect(lines[56].hasPrefix("│ S sickness  A annual leave  L other leave  s a l part day  H bank holiday  · not working  ▸ window start"))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 200 })
    }

    @Test func fitsAt120x40() {
        let lines = TUIFixtures.lines(Self.year(width: 120, height: 40))
        #expect(lines[2].hasPrefix("│ 2026 1  2  3  4  5"))
        #expect(lines.contains { $0.hasPrefix("│   S 01/09–03/09/2026  3 days  counted") })
        #expect(lines.allSatisfy { TextWidth.of($0) <= 120 })
    }

    @Test func chineseNameIsShownInFullAndPartDayLeaveIsLowerCase() {
        let state = Self.year(width: 200, height: 60, name: "王小明 (Wang Xiaoming)", day: "2026-04-14")
        let lines = TUIFixtures.lines(state)
        #expect(lines[1].hasPrefix("┌ Year 2026 · 王小明 (Wang Xiaoming) · works Mon–Fri"))
        // April's row at 5 cells a day: day d's glyph at column 6 + 5 (d - 1) + 3.
        let april = lines[9]
        #expect(april.hasPrefix("│ Apr"))
        #expect(Array(april)[6 + 5 * 13 + 3] == "l")
        #expect(StatusLine.text(for: state)
                == "王小明 (Wang Xiaoming) · Tue 14/04/2026 · Medical or dental appointment (abs-12, 14/04, part day: 50% worked)")
    }

    // MARK: - Keys

    @Test func rightFrom31JanuaryGoesTo1February() {
        var state = Self.year(day: "2026-01-31")
        TUIFixtures.press(&state, .right)
        #expect(state.year.cursor == Self.day("2026-02-01"))
        TUIFixtures.press(&state, .left, .character("l"), .character("l"))
        #expect(state.year.cursor == Self.day("2026-02-02"))
    }

    @Test func downFromDecemberGoesToJanuaryOfTheNextYear() {
        var state = Self.year(day: "2026-12-15")
        TUIFixtures.press(&state, .down)
        #expect(state.year.cursor == Self.day("2027-01-15"))
        #expect(TUIFixtures.lines(state)[1].hasPrefix("┌ Year 2027 · Aisha Begum"))
        TUIFixtures.press(&state, .character("k"))
        #expect(state.year.cursor == Self.day("2026-12-15"))
        // Up from 31 March keeps to the end of February.
        state.year.cursor = Self.day("2026-03-31")
        TUIFixtures.press(&state, .up)
        #expect(state.year.cursor == Self.day("2026-02-28"))
    }

    @Test func yearWeekMonthEndAndTodayKeys() {
        var state = Self.year()
        TUIFixtures.press(&state, .character("n"))
        #expect(state.year.cursor == Self.day("2027-11-20"))
        TUIFixtures.press(&state, .character("p"), .pageUp)
        #expect(state.year.cursor == Self.day("2025-11-20"))
        TUIFixtures.press(&state, .pageDown, .character("w"))
        #expect(state.year.cursor == Self.day("2026-11-27"))
        TUIFixtures.press(&state, .character("b"), .character("b"))
        #expect(state.year.cursor == Self.day("2026-11-13"))
        TUIFixtures.press(&state, .end)
        #expect(state.year.cursor == Self.day("2026-11-30"))
        TUIFixtures.press(&state, .home)
        #expect(state.year.cursor == Self.day("2026-11-01"))
        TUIFixtures.press(&state, .character("p"), .down, .character("t"))
        #expect(state.year.cursor == TUIFixtures.today)
    }

    @Test func bracketsChangeThePersonLikeTheRoster() {
        var state = Self.year()
        TUIFixtures.press(&state, .character("]"), .character("]"))
        #expect(state.selectedRow?.name == "Aoife Ní Bhriain")
        #expect(TUIFixtures.lines(state)[1].hasPrefix("┌ Year 2026 · Aoife Ní Bhriain · works Mon–Fri · Northern Ireland"))
        TUIFixtures.press(&state, .character("["), .character("["), .character("["))
        #expect(state.roster.selected == 0)
    }

    @Test func enterOpensTheTimelineOfTheSamePerson() {
        var state = Self.year(name: "Gwenllian Prys")
        #expect(state.screen == .personYear)
        TUIFixtures.press(&state, .enter)
        #expect(state.screen == .timeline)
        #expect(state.selectedRow?.name == "Gwenllian Prys")
    }

    // MARK: - Status line

    @Test func statusExplainsPatternDaysAndSickness() {
        let monday = Self.year(width: 200, height: 60, day: "2026-04-27")
        #expect(StatusLine.text(for: monday)
                == "Aisha Begum · Mon 27/04/2026 · Sickness (abs-11, 27/04–29/04, counted), pattern: spell starts on the first working day of the week")
        let narrow = Self.year(day: "2026-09-01")
        #expect(TUIFixtures.lines(narrow)[22].hasPrefix(" Aisha Begum · Tue 01/09/2026 · Sickness 01/09–03/09, counted, pattern: next"))
        let holiday = Self.year(width: 200, height: 60, day: "2026-08-31")
        #expect(StatusLine.text(for: holiday) == "Aisha Begum · Mon 31/08/2026 · bank holiday: Summer bank holiday, not a working day")
    }

    @Test func statusSaysAPartTimersLeaveDayIsNotAWorkingDay() {
        let state = Self.year(width: 200, height: 60, name: "Siân Llŷr", day: "2026-07-15")
        #expect(StatusLine.text(for: state) == "Siân Llŷr · Wed 15/07/2026 · Annual leave (abs-7, 14/07–13/08), not a working day (works Tue, Thu)")
        #expect(TUIFixtures.lines(state)[1].hasPrefix("┌ Year 2026 · Siân Llŷr · works Tue, Thu · England and Wales"))
    }
}

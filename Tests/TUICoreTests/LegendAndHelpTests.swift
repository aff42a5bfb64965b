import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// Words and glyphs (issue 13): the help box uses the width there is and wraps rather than
/// cuts; every glyph has a legend; a bank holiday inside leave shows as a bank holiday.
@Suite struct LegendAndHelpTests {
    @Test func aBankHolidayInsideLeaveIsABankHolidayButInsideSicknessStaysSickness() throws {
        let goodFriday = try #require(CalendarDay(iso: "2026-04-03"))
        let holiday = BankHoliday(date: goodFriday, title: "Good Friday", isSubstitute: false, origin: .computed)
        func day(_ type: AbsenceType) -> DayInfo {
            DayInfo(day: goodFriday, absence: AbsenceRecord(id: "a1", type: type, start: goodFriday.adding(days: -3), end: goodFriday.adding(days: 4)),
                    workedFraction: 0, holiday: holiday, isWorkingDay: false, spell: nil, hints: [])
        }
        #expect(CalendarGlyphs.cell(day(.annualLeave)).glyph == CalendarGlyphs.holiday)
        #expect(CalendarGlyphs.cell(day(.sickness)).glyph == "S")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func theHelpBoxWrapsLongKeysInsteadOfCuttingThem(width: Int, height: Int) {
        var state = TUIFixtures.state(width: width, height: height)
        TUIFixtures.press(&state, .character("?"))
        let frame = TUIFixtures.lines(state)
        #expect(frame.allSatisfy { TextWidth.of($0) <= width })
        let text = frame.map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        #expect(text.contains("person, this week)"), "the whole hint, wrapped if need be")
    }

    @Test func theTimelinesHelpExplainsEveryGlyph() {
        var state = TUIFixtures.state(width: 120, height: 40)
        TUIFixtures.press(&state, .character("4"), .character("?"))
        // Lines joined and box edges dropped: a legend may wrap.
        let text = TUIFixtures.lines(state).map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for glyph in ["█ sickness", "░ leave", "▲ a trigger", "◆ a meeting", "● a stage outcome", "━ a live warning", "┊"] {
            #expect(text.contains(glyph), "\(glyph)")
        }
    }
}

/// Stored ISO dates are shown in UK form (issue 13).
@Suite struct UKDatesTests {
    @Test func isoDatesAndTimesInStoredTextAreShownTheUKWay() {
        #expect(UKDates.inText("sickness from 2026-11-16 (a7)") == "sickness from 16/11/2026 (a7)")
        #expect(UKDates.inText("m-1 moved from 2026-11-23T10:00 to 2026-11-24T09:30") == "m-1 moved from 23/11/2026 10:00 to 24/11/2026 09:30")
        #expect(UKDates.inText("absence a3 end: 2026-11-20 → 2026-11-25") == "absence a3 end: 20/11/2026 → 25/11/2026")
        #expect(UKDates.inText("no dates, id 12345-67") == "no dates, id 12345-67")
    }

    @Test func theUndoQuestionGivesTheDateTheUKWay() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        guard case .save(let document, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        var saved = document
        saved.revision += 1
        _ = AppReducer.reduce(&state, .reloaded(ChangedElsewhereTests.data(state.data, replacing: saved), message: "Saved."))
        TUIFixtures.press(&state, .enter, .character("u"))
        #expect(state.message?.contains("sickness from 20/11/2026") == true, "\(state.message ?? "")")
    }
}

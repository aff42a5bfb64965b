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

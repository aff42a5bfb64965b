import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

@Suite struct PersonDetailScreenTests {
    typealias F = PersonScreenFixtures

    @Test func liveWarningAt80x24StacksThePanesWithTheBradfordExplanationFirst() throws {
        let row = try #require(F.liveWarningRow)
        let state = F.state(row, .personDetail)
        let lines = F.frame(state)
        #expect(lines[1].hasPrefix(" \(row.name) · "))
        #expect(lines[2].contains("FTE 1") && lines[2].contains("England and Wales") && lines[2].contains("Policy NUL"))
        #expect(lines[3].hasPrefix("┌ ▶ Figures: what counted and why"))
        #expect(lines[3].hasSuffix("┐") && TextWidth.of(lines[3]) == 80)
        let evaluation = try #require(state.data.evaluation(row.id))
        let f = evaluation.figures
        let explanation = "Bradford score \(TriggerEvaluator.format(f.bradford ?? 0)) = \(f.occasions) × \(f.occasions) × \(TriggerEvaluator.format(f.bradfordDays ?? 0))"
        #expect(lines[4].contains(explanation))
        #expect(lines.contains { $0.contains("Window 21/11/2025–20/11/2026") })
        #expect(lines.contains { $0.hasPrefix("┌ Duties and next step") })
        #expect(lines.contains { $0.contains("Duties for the latest spell") })
        #expect(lines.contains { $0.contains("of ") && $0.hasPrefix("└") && $0.contains("↓") })
        #expect(lines[22].contains(row.name) && lines[22].contains("next: "))
    }

    @Test func liveWarningAt200x60PutsThePanesSideBySideWithTheWarningsLapseDate() throws {
        let row = try #require(F.liveWarningRow)
        let lapse = try #require(row.warningLapses)
        let lines = F.frame(F.state(row, .personDetail, width: 200, height: 60))
        #expect(lines[3].hasPrefix("┌ ▶ Figures: what counted and why") && lines[3].contains("┐┌ Duties and next step"))
        #expect(lines.contains { $0.contains("Spells touching the window") })
        #expect(lines.contains { $0.contains("HIT Bradford score of at least") })
        #expect(lines.contains { $0.contains("LIVE \(row.liveWarning ?? "?"), issued") && $0.contains("lapses \(lapse.ukDisplay)") })
        #expect(lines.contains { $0.contains("Next step: Continue monitoring under the live") })
    }

    @Test func longTermCaseShowsAnOverdueDutyAt80x24AndTheLongTermRouteAt200x60() throws {
        let row = try #require(F.longTermRow)
        let small = F.frame(F.state(row, .personDetail))
        #expect(small.contains { $0.contains("Duties for the latest spell (from") && $0.contains("overdue") })
        #expect(small.contains { $0.hasPrefix("│  OVERDUE ") })
        #expect(small[22].contains("overdue"))
        let large = F.frame(F.state(row, .personDetail, width: 200, height: 60))
        #expect(large.contains { $0.contains("OVERDUE Occupational health referral") })
        #expect(large.contains { $0.contains("UPCOMING") && $0.contains("12-week review") })
        #expect(large.contains { $0.contains("Next step: Long-term absence route") })
        #expect(large.contains { $0.contains("HIT Long-term absence") })
        #expect(large.contains { $0.contains("(ongoing,") })
    }

    @Test func excludedDaysAreExplainedWithTheirReasonAndSource() throws {
        let row = try #require(TUIFixtures.data.rows.first { row in
            TUIFixtures.data.evaluation(row.id)?.figures.spells.contains { !$0.excluded.isEmpty } == true
        })
        let lines = F.frame(F.state(row, .personDetail, width: 200, height: 60))
        #expect(lines.contains { $0.contains("not counted: ") })
    }

    @Test func fitsAt80x24And120x40And200x60ForEveryone() {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            for row in TUIFixtures.data.rows.prefix(12) {
                let lines = F.frame(F.state(row, .personDetail, width: width, height: height))
                #expect(lines[3].hasPrefix("┌"))
                #expect(lines[height - 3].hasPrefix("└"))
            }
        }
    }

    @Test func tabMovesFocusAndArrowsScrollOnlyTheFocusedPaneWithinItsLines() throws {
        let row = try #require(F.liveWarningRow)
        var state = F.state(row, .personDetail)
        #expect(state.detail.pane == .figures)
        TUIFixtures.press(&state, .down, .character("j"))
        #expect(state.detail.figuresScroll == 2)
        #expect(state.detail.dutiesScroll == 0)
        TUIFixtures.press(&state, .tab)
        #expect(state.detail.pane == .duties)
        #expect(TUIFixtures.lines(state).contains { $0.hasPrefix("┌ ▶ Duties and next step") })
        for _ in 0..<60 { TUIFixtures.press(&state, .pageDown) }
        let rects = PersonDetailScreen.layout(TimelineScreen.area(state))
        let summary = try #require(PersonSummary(data: state.data, id: row.id))
        let duties = PersonDetailScreen.dutiesLines(summary, width: ScrollPane.textWidth(rects.duties))
        #expect(state.detail.dutiesScroll == ScrollPane.maxScroll(lines: duties.count, height: ScrollPane.textHeight(rects.duties)))
        #expect(state.detail.figuresScroll == 2)
        TUIFixtures.press(&state, .character("g"))
        #expect(state.detail.dutiesScroll == 0)
        TUIFixtures.press(&state, .up)
        #expect(state.detail.dutiesScroll == 0)
        TUIFixtures.press(&state, .left, .end)
        let figures = PersonDetailScreen.figuresLines(summary, width: ScrollPane.textWidth(rects.figures))
        #expect(state.detail.pane == .figures)
        #expect(state.detail.figuresScroll == ScrollPane.maxScroll(lines: figures.count, height: ScrollPane.textHeight(rects.figures)))
        #expect(TUIFixtures.lines(state)[12].contains("of \(figures.count)"))
    }

    @Test func enterOpensTheStageTimeline() throws {
        let row = try #require(F.liveWarningRow)
        var state = F.state(row, .personDetail)
        TUIFixtures.press(&state, .enter)
        #expect(state.screen == .timeline)
    }

    @Test func anotherPersonStartsAtTheTop() throws {
        let row = try #require(F.liveWarningRow)
        var state = F.state(row, .personDetail)
        TUIFixtures.press(&state, .down, .down, .down)
        #expect(state.detail.figuresScroll == 3)
        TUIFixtures.press(&state, .escape)
        state.roster.selected = state.visibleRows.firstIndex { $0.id == F.longTermRow?.id } ?? 0
        TUIFixtures.press(&state, .character("5"))
        #expect(TUIFixtures.lines(state)[4].contains("Bradford score"))
        TUIFixtures.press(&state, .down)
        #expect(state.detail.figuresScroll == 1)
    }

    @Test func wordWrapKeepsWelshAndChineseWithinTheWidth() {
        let text = "Siân Llŷr a Gwenllian Prys: cyfarfod adolygu yng Nghaerdydd. 王小明 (Wang Xiaoming) 请假三天，医生证明已收到。Pádraig Ó Súilleabháin"
        for width in [8, 13, 20, 37] {
            let lines = TextWrap.wrap(text, width: width, indent: "  ")
            #expect(lines.allSatisfy { TextWidth.of($0) <= width })
            // Nothing lost or reordered: the same characters apart from spaces.
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
        // Breaks fall between words when they fit; a wide word is split between graphemes.
        #expect(TextWrap.wrap("Siân Llŷr 王小明", width: 10) == ["Siân Llŷr", "王小明"])
        #expect(TextWrap.wrap("请假三天医生证明", width: 5) == ["请假", "三天", "医生", "证明"])
        #expect(TextWrap.wrap("  • Siân Llŷr", width: 8, indent: "    ") == ["  • Siân", "    Llŷr"])
        #expect(TextWrap.wrap("", width: 10) == [""])
        #expect(TextWrap.wrap("abc", width: 0).isEmpty)
    }

    @Test func wrappedParagraphsDrawWithinTheirPane() {
        var buffer = ScreenBuffer(width: 30, height: 8)
        let lines = PaneLine.paragraph("王小明 (Wang Xiaoming) was off sick 请假三天 with Siân Llŷr covering", width: 12,
                                       lead: " ", prefix: "DUE", prefixStyle: .bold)
        ScrollPane.draw(lines, title: "Duties", scroll: 0, focused: true, into: &buffer, rect: Rect(x: 0, y: 0, width: 16, height: 8))
        let rows = buffer.renderText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.allSatisfy { TextWidth.of($0) <= 16 })
        #expect(rows[1].hasPrefix("│  DUE 王小明"))
        #expect(rows.dropFirst().dropLast().allSatisfy { $0.isEmpty || $0.hasSuffix("│") })
        #expect(buffer.renderStyleMask().split(separator: "\n")[1].hasPrefix("B..BBB"))
    }
}

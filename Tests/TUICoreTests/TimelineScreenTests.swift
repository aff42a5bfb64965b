import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// People and helpers shared by the person screens' tests.
enum PersonScreenFixtures {
    /// Someone with a live warning in the demo.
    static var liveWarningRow: RosterRow? { TUIFixtures.data.rows.first { $0.liveWarning != nil } }

    /// The long-term case: off sick today, the longest spell of those off sick.
    static var longTermRow: RosterRow? {
        TUIFixtures.data.rows.compactMap { row -> (RosterRow, CalendarDay)? in
            if case .offSick(let since) = row.status { return (row, since) }
            return nil
        }.min { $0.1 < $1.1 }?.0
    }

    /// The state with `row` selected on the roster and `screen` opened with its number key.
    static func state(_ row: RosterRow?, _ screen: ScreenID, width: Int = 80, height: Int = 24) -> AppState {
        var state = TUIFixtures.state(width: width, height: height)
        state.roster.selected = state.visibleRows.firstIndex { $0.id == row?.id } ?? 0
        TUIFixtures.press(&state, .character(screen.key))
        return state
    }

    /// The rendered lines, checked to fit the terminal.
    static func frame(_ state: AppState) -> [String] {
        let lines = TUIFixtures.lines(state)
        #expect(lines.count == state.height)
        #expect(lines.allSatisfy { TextWidth.of($0) <= state.width })
        return lines
    }

    /// The line of a lane on the timeline (its name after the box edge).
    static func lane(_ name: String, in lines: [String]) -> String {
        lines.first { $0.hasPrefix("│ \(name)") } ?? ""
    }
}

@Suite struct TimelineScreenTests {
    typealias F = PersonScreenFixtures

    @Test func liveWarningAt80x24ShowsTodayTheWarningBarWithItsLapseDateAndMeetings() throws {
        let row = try #require(F.liveWarningRow)
        let lapse = try #require(row.warningLapses)
        let state = F.state(row, .timeline)
        let lines = F.frame(state)
        #expect(lines[1].hasPrefix("┌ ▶ Stage timeline · \(row.name) · ▼ today 20/11/2026"))
        // Month labels and the tick line with today's marker.
        #expect(lines[2].contains("2026"))
        #expect(lines[3].contains("┬") && lines[3].contains("▼"))
        let warnings = F.lane("Warnings", in: lines)
        #expect(warnings.contains("━"))
        #expect(warnings.contains("lapses \(lapse.ukDisplay)"))
        #expect(F.lane("Meetings", in: lines).contains("◆"))
        #expect(F.lane("Triggers", in: lines).contains("▲"))
        #expect(F.lane("Outcomes", in: lines).contains("●"))
        // The live warning is selected first and explained below.
        #expect(lines.contains { $0.contains("· Warnings") && $0.hasPrefix("┌") })
        #expect(lines.contains { $0.contains("Live: lapses \(lapse.ukDisplay)") })
        #expect(lines[22].contains("Warning: \(row.liveWarning ?? "?")"))
        #expect(lines[23].contains("item") && lines[23].contains("pane"))
    }

    @Test func liveWarningAt200x60LabelsTheMeetingsAndShowsTheWholeDetail() throws {
        let row = try #require(F.liveWarningRow)
        let state = F.state(row, .timeline, width: 200, height: 60)
        let lines = F.frame(state)
        let meetings = F.lane("Meetings", in: lines)
        #expect(meetings.contains("◆ stage1"))
        #expect(meetings.contains("stage1-review"))
        #expect(F.lane("Reviews", in: lines).contains("═"))
        // Every month labelled at this width.
        #expect(lines[2].contains("Nov") && lines[2].contains("Dec") && lines[2].contains("2026"))
        #expect(lines.contains { $0.contains("Valid for 6 months from the issue date") })
        let todayColumn = lines[3].distance(from: lines[3].startIndex, to: lines[3].firstIndex(of: "▼") ?? lines[3].startIndex)
        #expect(todayColumn > 100)
    }

    @Test func longTermCaseShowsTheOngoingSpellAndTheLongTermTriggerHit() throws {
        let row = try #require(F.longTermRow)
        for (width, height) in [(80, 24), (200, 60)] {
            let state = F.state(row, .timeline, width: width, height: height)
            let lines = F.frame(state)
            #expect(F.lane("Absence", in: lines).contains("█"))
            #expect(F.lane("Triggers", in: lines).contains("▲ LT"))
            #expect(F.lane("Meetings", in: lines).contains("◆"))
            #expect(lines[3].contains("▼"))
            // The current spell is selected and explained.
            #expect(lines.contains { $0.contains("█ Sickness since") && $0.contains("ongoing") })
            #expect(lines.contains { $0.contains("Fit note") })
        }
    }

    @Test func fitsAt80x24And120x40And200x60ForEveryone() {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            for row in TUIFixtures.data.rows.prefix(12) {
                let lines = F.frame(F.state(row, .timeline, width: width, height: height))
                #expect(lines[1].hasPrefix("┌"))
                #expect(lines[height - 3].hasPrefix("└"))
            }
        }
    }

    @Test func itemsAreInTimeOrderAndRightAndLeftMoveBetweenThem() throws {
        let row = try #require(F.liveWarningRow)
        var state = F.state(row, .timeline)
        let model = try #require(TimelineModel(data: state.data, id: row.id))
        #expect(zip(model.items, model.items.dropFirst()).allSatisfy { $0.start <= $1.start })
        TUIFixtures.press(&state, .right)
        let start = model.defaultIndex
        #expect(state.timeline.selected == min(start + 1, model.items.count - 1))
        TUIFixtures.press(&state, .left, .left)
        #expect(state.timeline.selected == max(0, min(start + 1, model.items.count - 1) - 2))
        TUIFixtures.press(&state, .home)
        #expect(state.timeline.selected == 0)
        TUIFixtures.press(&state, .left)
        #expect(state.timeline.selected == 0)
        #expect(state.message == "This is the first item.")
        TUIFixtures.press(&state, .end, .character("l"))
        #expect(state.timeline.selected == model.items.count - 1)
        #expect(TimelineScreen.status(state).hasPrefix("\(model.items.count)/\(model.items.count) · "))
        TUIFixtures.press(&state, .character("t"))
        #expect(state.timeline.selected == model.defaultIndex)
    }

    @Test func upAndDownMoveToTheNearestItemInTheNextLaneWithItems() throws {
        let row = try #require(F.liveWarningRow)
        var state = F.state(row, .timeline)
        let model = try #require(TimelineModel(data: state.data, id: row.id))
        #expect(model.items[model.defaultIndex].lane == .warning)
        TUIFixtures.press(&state, .up)
        #expect(model.items[state.timeline.selected].lane == .outcome)
        TUIFixtures.press(&state, .character("k"), .character("k"))
        #expect(model.items[state.timeline.selected].lane == .trigger)
        TUIFixtures.press(&state, .down, .down, .down)
        #expect(model.items[state.timeline.selected].lane == .warning)
        #expect(TimelineScreen.status(state).contains("Warning: "))
    }

    @Test func tabMovesFocusToTheDetailPaneWhereArrowsScrollAndClamp() throws {
        let row = try #require(F.longTermRow)
        var state = F.state(row, .timeline)
        #expect(state.timeline.focus == .axis)
        TUIFixtures.press(&state, .tab)
        #expect(state.timeline.focus == .detail)
        #expect(TUIFixtures.lines(state).contains { $0.hasPrefix("┌ ▶ Item") })
        let selected = state.timeline.selected
        let model = try #require(TimelineModel(data: state.data, id: row.id))
        let rect = TimelineScreen.layout(TimelineScreen.area(state)).detail
        let lines = TimelineScreen.detailLines(model, index: selected, width: ScrollPane.textWidth(rect))
        let maximum = ScrollPane.maxScroll(lines: lines.count, height: ScrollPane.textHeight(rect))
        for _ in 0..<40 { TUIFixtures.press(&state, .down) }
        #expect(state.timeline.detailScroll == maximum)
        #expect(state.timeline.selected == selected)
        TUIFixtures.press(&state, .pageUp, .pageUp, .up)
        #expect(state.timeline.detailScroll == 0)
        TUIFixtures.press(&state, .pageDown, .end)
        #expect(state.timeline.detailScroll == maximum)
        TUIFixtures.press(&state, .backTab)
        #expect(state.timeline.focus == .axis)
    }

    @Test func enterOpensThePersonDetail() throws {
        let row = try #require(F.liveWarningRow)
        var state = F.state(row, .timeline)
        TUIFixtures.press(&state, .enter)
        #expect(state.screen == .personDetail)
    }

    @Test func anotherPersonStartsAtTheirOwnDefaultItem() throws {
        let first = try #require(F.liveWarningRow)
        let second = try #require(F.longTermRow)
        var state = F.state(first, .timeline)
        TUIFixtures.press(&state, .home)
        #expect(state.timeline.selected == 0)
        TUIFixtures.press(&state, .escape)
        state.roster.selected = state.visibleRows.firstIndex { $0.id == second.id } ?? 0
        TUIFixtures.press(&state, .character("4"))
        let model = try #require(TimelineModel(data: state.data, id: second.id))
        #expect(TimelineScreen.status(state).hasPrefix("\(model.defaultIndex + 1)/\(model.items.count) · Absence: Sickness since"))
        TUIFixtures.press(&state, .right)
        #expect(state.timeline.personId == second.id)
        #expect(state.timeline.selected == min(model.defaultIndex + 1, model.items.count - 1))
    }

    @Test func triggerMarkersSitOnTheFirstDayTheTriggerWasHit() throws {
        for row in [try #require(F.liveWarningRow), try #require(F.longTermRow)] {
            let model = try #require(TimelineModel(data: TUIFixtures.data, id: row.id))
            let hits = model.items.filter { $0.lane == .trigger }
            #expect(!hits.isEmpty)
            for item in hits {
                let badge = String(item.label.split(separator: " ").first ?? "")
                let id = try #require(model.summary.policy.triggers.map(\.id).first { RosterScreen.badge($0) == badge })
                let on = model.summary.triggers(on: item.start).triggers.first { $0.id == id }
                let before = model.summary.triggers(on: item.start.previous).triggers.first { $0.id == id }
                #expect(on?.hit == true)
                #expect(before?.hit == false)
                #expect(item.label.hasSuffix(TriggerEvaluator.format(on?.value ?? -1)))
            }
        }
    }

    @Test func cachedItemsAreReusedOnlyForTheSameFacts() throws {
        let row = try #require(F.liveWarningRow)
        let summary = try #require(PersonSummary(data: TUIFixtures.data, id: row.id))
        let model = TimelineModel(summary: summary)
        #expect(model.cache.matches(summary))
        let longTerm = try #require(F.longTermRow)
        let other = try #require(PersonSummary(data: TUIFixtures.data, id: longTerm.id))
        #expect(!model.cache.matches(other))
        #expect(TimelineModel(summary: other, cache: model.cache).items != model.items)
    }
}

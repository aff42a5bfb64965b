import AttendanceRules
import AttendanceStore
import Testing
import TUICore

/// "This week" (screen 6): newly hit triggers with their explanation and next step, what is
/// due or overdue, the roster's team filter, and acting on an entry.
@Suite struct WeeklyScreenTests {
    /// The demo's one new trigger in the week to 20/11/2026.
    static let newlyHitId = "mohammed-iqbal"

    @Test func listsTheDemosNewlyHitTriggerWithItsExplanationAndNextStep() {
        var state = TUIFixtures.state(width: 120, height: 40)
        TUIFixtures.press(&state, .character("6"))
        #expect(state.screen == .weekly)
        let model = WeeklyReviewModel(data: state.data)
        #expect(model.weekStart == CalendarDay(year: 2026, month: 11, day: 14))
        #expect(model.newlyHit.map(\.employeeId) == [Self.newlyHitId])
        #expect(model.newlyHit.first?.meetingKind == "stage1")
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("[6 This week]"))
        #expect(frame.contains("This week · 14/11/2026 – 20/11/2026"))
        #expect(frame.contains("Newly hit a trigger (1)"))
        #expect(frame.contains("Mohammed Iqbal: Bradford score of at least 500 (bradford-500) hit on 17/11/2026"))
        #expect(frame.contains("6 × 6 × 14 days = 504"))
        #expect(frame.contains("next step: Stage 1 formal meeting"))
        #expect(frame.contains("[overdue] Mohammed Iqbal: Return-to-work interview — 19/11/2026"))
        #expect(frame.contains("[scheduled] Jack Thompson: Stage 1 formal meeting at 23/11/2026 10:00"))
    }

    @Test func atEightyColumnsTheKeyBarStillShowsWhatEnterDoes() {
        var state = TUIFixtures.state(width: 80, height: 24)
        TUIFixtures.press(&state, .character("6"))
        let bar = TUIFixtures.lines(state).last ?? ""
        #expect(bar.contains("Enter act") && bar.contains("PgUp PgDn g G page, top, bottom"), "\(bar)")
        #expect(TextWidth.of(bar) <= 80)
    }

    @Test func enterOnTheTriggerOpensTheMeetingFlowWithTheRecommendedStage() {
        var state = TUIFixtures.state(width: 120, height: 40)
        TUIFixtures.press(&state, .character("6"), .enter)
        guard case .scheduleMeeting(let flow)? = state.flow else { Issue.record("no meeting flow: \(String(describing: state.flow))"); return }
        #expect(flow.employeeId == Self.newlyHitId)
        #expect(flow.form.value("kind") == "stage1")
        #expect(state.selectedRow?.id == Self.newlyHitId)
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Schedule a meeting · Mohammed Iqbal"))
    }

    @Test func aBookedMeetingAndARecordedOutcomeShowOnTheWeekAndEnterShowsThemInsteadOfBookingAgain() throws {
        var state = TUIFixtures.state(width: 120, height: 40)
        TUIFixtures.press(&state, .character("6"), .enter, .function(2))
        guard case .scheduleMeeting(var flow)? = state.flow else { Issue.record("no booking form"); return }
        flow.form.fields[flow.form.fields.firstIndex { $0.id == "place" } ?? 0].value = "Civic Offices, room 2.14"
        state.flow = .scheduleMeeting(flow)
        guard case .save(let booked, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("not booked: \(TUIFixtures.lines(state).joined(separator: "\n"))"); return }
        var saved = booked
        saved.revision += 1
        _ = AppReducer.reduce(&state, .reloaded(ChangedElsewhereTests.data(state.data, replacing: saved), message: "Saved."))
        TUIFixtures.press(&state, .enter)  // close the saved panel
        let entry = try #require(WeeklyReviewModel(data: state.data).newlyHit.first { $0.employeeId == Self.newlyHitId })
        #expect(entry.nextStep?.hasPrefix("booked: Stage 1") == true && entry.status == "in hand", "\(entry)")
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("booked: Stage 1"))
        state.weekly.selected = 0
        TUIFixtures.press(&state, .enter)
        #expect(state.flow == nil && state.screen == .timeline, "no second booking: \(String(describing: state.flow))")
        #expect(state.message?.contains("e on it corrects or moves it") == true)
        // The outcome recorded: the week says it is done.
        var decided = saved
        decided.stages.append(StageRecord(id: "s-9", stage: "stage1", decidedOn: TUIFixtures.today, outcome: .noWarning))
        decided.revision += 1
        _ = AppReducer.reduce(&state, .reloaded(ChangedElsewhereTests.data(state.data, replacing: decided), message: "Saved."))
        let after = try #require(WeeklyReviewModel(data: state.data).newlyHit.first { $0.employeeId == Self.newlyHitId })
        #expect(after.nextStep?.hasPrefix("done: Stage 1") == true)
    }

    @Test func enterOnAnInterviewSelectsThePerson() {
        var state = TUIFixtures.state(width: 120, height: 40)
        TUIFixtures.press(&state, .character("6"))
        let entries = WeeklyReviewModel(data: state.data).entries
        guard let index = entries.firstIndex(where: { $0.kind == .interview && $0.employeeId == "gwenllian-prys" }) else {
            Issue.record("no interview entry"); return
        }
        for _ in 0..<index { TUIFixtures.press(&state, .down) }
        #expect(state.weekly.selected == index)
        TUIFixtures.press(&state, .enter)
        #expect(state.selectedRow?.id == "gwenllian-prys")
        if case .interview? = state.flow {} else { #expect(state.message != nil) }
    }

    @Test func theRostersTeamFilterApplies() {
        var state = TUIFixtures.state(width: 120, height: 40)
        let team = state.data.employee(Self.newlyHitId)?.teamId
        // A team without the person who hit the trigger.
        for _ in 0..<10 where state.roster.team == nil || state.roster.team == team { TUIFixtures.press(&state, .character("]")) }
        #expect(state.roster.team != team)
        TUIFixtures.press(&state, .character("6"))
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Newly hit a trigger (0)"))
        #expect(!frame.contains("Mohammed Iqbal"))
        #expect(frame.contains(state.data.teamName(state.roster.team)))
    }

    @Test func theMarkerIsOnTheFirstLineOfTheSelectedEntryOnlyWhereverItScrolls() {
        var state = TUIFixtures.state()
        TUIFixtures.press(&state, .character("6"))
        let entries = WeeklyReviewModel(data: state.data).entries
        for index in entries.indices {
            let marked = TUIFixtures.lines(state).filter { $0.contains("▶") }
            #expect(marked.count == 1, "entry \(index)")
            #expect(marked.first?.contains(entries[index].name) == true, "entry \(index): \(marked)")
            TUIFixtures.press(&state, .down)
        }
    }

    @Test func fitsAt80x24AndMovesWithTheKeys() {
        var state = TUIFixtures.state()
        TUIFixtures.press(&state, .character("6"), .down, .down)
        #expect(state.weekly.selected == 2)
        TUIFixtures.press(&state, .character("G"))
        #expect(state.weekly.selected == WeeklyReviewModel(data: state.data).entries.count - 1)
        let lines = TUIFixtures.lines(state)
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(lines[22].hasPrefix(" \(state.weekly.selected + 1)/"))
        TUIFixtures.press(&state, .character("?"))
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("Keys: This week"))
    }
}

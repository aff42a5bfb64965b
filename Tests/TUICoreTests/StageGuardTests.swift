import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// Stage steps are guarded (issue 13): the booking and outcome forms show what needs HR first,
/// order the meeting kinds with the expected one first and those not yet in order last, tell
/// of a meeting already booked, and an outcome cannot come before its meeting.
@Suite struct StageGuardTests {
    static func open(_ key: Character, on id: String, width: Int = 120, height: Int = 40) -> AppState {
        var state = TUIFixtures.state(width: width, height: height)
        if let index = state.visibleRows.firstIndex(where: { $0.id == id }) { state.roster.selected = index }
        TUIFixtures.press(&state, .character(key))
        return state
    }

    @Test func meetingKindsPutTheExpectedFirstAndThoseNotInOrderLastWithWhy() throws {
        // Kwame has no Stage 1 warning: Stage 2 is not yet in order.
        var state = Self.open("M", on: "kwame-mensah")
        guard case .scheduleMeeting(let flow)? = state.flow, case .choice(let kinds) = flow.form.fields[0].kind else { Issue.record("no form"); return }
        let employee = try #require(state.data.employee("kwame-mensah"))
        let policy = try #require(state.data.policy(for: employee))
        let unmet = kinds.filter { employee.unmetPrecondition(forMeeting: $0, policy: policy, on: TUIFixtures.today) != nil }
        #expect(unmet.contains("stage2") && unmet.contains("stage2-appeal"))
        #expect(Array(kinds.suffix(unmet.count)) == unmet, "those not in order come last: \(kinds)")
        #expect(flow.form.fields[0].name("stage2").hasSuffix(" · not yet"))
        while case .scheduleMeeting(let f)? = state.flow, f.form.value("kind") != "stage2" { TUIFixtures.press(&state, .right) }
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("Stage 2 formal meeting needs a live Stage 1 written warning"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func whatNeedsHRFirstIsOnTheBookingAndOutcomeForms(width: Int, height: Int) throws {
        let data = TUIFixtures.state(width: width, height: height).data
        guard let person = data.employees.first(where: { !(data.evaluation($0.id)?.nextStep.hrAdviceFirst.isEmpty ?? true) }),
              let first = data.evaluation(person.id)?.nextStep.hrAdviceFirst.first else { Issue.record("nobody needs HR advice in the demo"); return }
        for key: Character in ["M", "o"] {
            let state = Self.open(key, on: person.id, width: width, height: height)
            let frame = TUIFixtures.lines(state)
            #expect(frame.joined(separator: "\n").contains("⚠ HR first: \(first.prefix(20))"), "\(key) for \(person.name):\n\(frame.joined(separator: "\n"))")
            #expect(frame.allSatisfy { TextWidth.of($0) <= width })
        }
    }

    @Test func aMeetingAlreadyBookedIsToldOfAndAnOutcomeWaitsForIt() throws {
        let data = TUIFixtures.state().data
        guard let person = data.employees.first(where: { e in e.meetings.contains { $0.at.day > data.today && !$0.cancelled && $0.outcome == nil } }),
              let booked = person.meetings.first(where: { $0.at.day > data.today && !$0.cancelled && $0.outcome == nil }) else {
            Issue.record("no booked meeting in the demo"); return
        }
        var state = Self.open("M", on: person.id)
        while case .scheduleMeeting(let f)? = state.flow, f.form.value("kind") != booked.kind { TUIFixtures.press(&state, .right) }
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("Already booked:"))
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("(\(booked.id))"))
        // The outcome may not name a meeting still to come.
        let policy = try #require(data.policy(for: person))
        let check = StageOutcomeCheck(policy: policy, holidays: data.holidays, organisation: data.organisation, today: data.today)
        if case .failure(let problems) = check.outcome(id: "s-x", stage: policy.stages[0].id, outcome: .noWarning, decidedOn: data.today,
                                                        meetingId: booked.id, reviewUntil: nil, validityMonths: nil, in: person) {
            #expect(problems.problems.contains { $0.field == .meeting && $0.message.contains("an outcome follows its meeting") })
        } else {
            Issue.record("an outcome before its meeting was accepted")
        }
    }
}

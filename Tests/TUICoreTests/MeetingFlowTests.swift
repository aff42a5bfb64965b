import AttendanceRules
import AttendanceStore
import Testing
import TUICore

/// Schedule a meeting (`M`): the notice checks as you type, the earliest valid slot, the
/// override, the saved letter and the `.ics` invitation.
@Suite struct MeetingFlowTests {
    static let person = "mohammed-iqbal"

    /// The roster on `id` with the meeting flow open.
    static func open(_ id: String = person) -> AppState {
        var state = TUIFixtures.state(width: 120, height: 40)
        state.roster.selected = state.visibleRows.firstIndex { $0.id == id } ?? 0
        TUIFixtures.press(&state, .character("M"))
        // Formal invitations need a specific place (D-62); the demo person has no meeting yet.
        if flow(state)?.form.value("place").isEmpty == true {
            focus(&state, "place")
            type(&state, "Room 2, Civic Offices")
            focus(&state, "kind")
        }
        return state
    }

    static func flow(_ state: AppState) -> MeetingFlow? {
        if case .scheduleMeeting(let f)? = state.flow { return f }
        return nil
    }

    static func type(_ state: inout AppState, _ text: String) {
        for _ in 0..<40 { TUIFixtures.press(&state, .backspace) }
        for c in text { TUIFixtures.press(&state, .character(c)) }
    }

    /// Focus on a field by id.
    static func focus(_ state: inout AppState, _ id: String) {
        for _ in 0..<12 where flow(state).map({ $0.form.fields[$0.form.focus].id != id }) ?? false { TUIFixtures.press(&state, .tab) }
    }

    /// A meeting on the afternoon of the notice: far too little notice for Stage 1 (48 hours).
    static func shortNotice(_ state: inout AppState) {
        focus(&state, "date")
        type(&state, "20/11/2026")
        focus(&state, "time")
        type(&state, "15:00")
    }

    static func reload(_ state: inout AppState, with document: EmployeeDocument) -> [AppEffect] {
        let employees = state.data.employees.map { $0.id == document.id ? document : $0 }
        let snapshot = StoreSnapshot(organisation: state.data.organisation, employees: employees, problems: [])
        let data = AppData(snapshot: snapshot, policies: Array(state.data.policies.values), holidays: state.data.holidays, today: state.data.today)
        return AppReducer.reduce(&state, .reloaded(data, message: "Saved."))
    }

    @Test func opensOnTheRecommendedKindWithTheRightToBeAccompanied() {
        let state = Self.open()
        guard let flow = Self.flow(state) else { Issue.record("no flow"); return }
        #expect(flow.form.value("kind") == "stage1")
        #expect(flow.form.value("noticeDate") == "20/11/2026")
        #expect(flow.form.value("noticeTime") == "09:00")
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Right to be accompanied: The employee may be accompanied by a trade union representative or a work colleague"))
        #expect(frame.contains("(NUL16 s21.2.1 [002:1270-1272])"))
        #expect(frame.contains("Earliest valid: Monday 23/11/2026 09:00"))
    }

    @Test func checksUpdateAsYouTypeAndTheEarliestSlotMakesThemPass() {
        var state = Self.open()
        Self.shortNotice(&state)
        #expect(Self.flow(state)?.report?.ok == false)
        var frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("FAIL Written invitation with a specific time and place and at least 48 hours' notice [NUL16 s21.2.1 [002:1270]]"))
        #expect(frame.contains("actual: 6 hours of notice"))
        // One more key changes the checks: 16:00 is 7 hours.
        TUIFixtures.press(&state, .backspace, .backspace, .backspace, .backspace, .character("6"), .character(":"), .character("0"), .character("0"))
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("actual: 7 hours of notice"))
        TUIFixtures.press(&state, .function(2))
        let flow = Self.flow(state)
        #expect(flow?.report?.ok == true)
        #expect(flow?.form.value("date") == "23/11/2026")
        #expect(flow?.form.value("time") == "09:00")
        frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("PASS Written invitation"))
        #expect(!frame.contains("FAIL"))
        // Ctrl-E does the same.
        Self.shortNotice(&state)
        TUIFixtures.press(&state, .control("e"))
        #expect(Self.flow(state)?.report?.ok == true)
    }

    @Test func saveIsRefusedWhileACheckFailsAndAllowedWithAnOverride() {
        var state = Self.open()
        Self.shortNotice(&state)
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("✗ a notice check fails"))
        #expect(Self.flow(state)?.phase == .editing)
        Self.focus(&state, "override")
        Self.type(&state, "Employee asked to meet today")
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .save(let document, let action, _)? = effects.first, effects.count == 1 else { Issue.record("no save: \(effects)"); return }
        #expect(action == "meeting.schedule")
        let meeting = document.meetings.last
        #expect(meeting?.kind == "stage1")
        #expect(meeting?.overrideReason == "Employee asked to meet today")
        #expect(meeting?.at == LocalDateTime(day: CalendarDay(year: 2026, month: 11, day: 20) ?? TUIFixtures.today, minuteOfDay: 15 * 60))
    }

    @Test func aPassingMeetingSavesWithoutOverrideAndWritesAnInvitationWithoutMedicalDetail() throws {
        var state = Self.open()
        TUIFixtures.press(&state, .function(2))
        Self.focus(&state, "place")
        Self.type(&state, "Room 2; Civic Centre")
        let effects = TUIFixtures.press(&state, .control("s"))
        guard case .save(let document, _, _)? = effects.first else { Issue.record("no save: \(effects)"); return }
        guard let meeting = document.meetings.last else { Issue.record("no meeting"); return }
        #expect(meeting.overrideReason == nil)
        #expect(meeting.place == "Room 2; Civic Centre")
        let after = Self.reload(&state, with: document)
        guard case .writeFile(let path, let contents)? = after.first else { Issue.record("no invitation: \(after)"); return }
        #expect(path == "invitations/\(meeting.id)-\(Self.person).ics")
        #expect(contents.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(contents.contains("DTSTAMP:20261120T000000Z"))
        #expect(contents.contains("DTSTART;TZID=Europe/London:20261123T090000"))
        #expect(contents.contains("LOCATION:Room 2\\; Civic Centre"))
        // Nothing about the sickness: no notes, reasons or related categories.
        for call in document.sicknessCalls {
            if let note = call.note { #expect(!contents.contains(note)) }
            if let reason = call.reason { #expect(!contents.contains(reason.rawValue)) }
        }
        for absence in document.absences {
            if let reason = absence.reason { #expect(!contents.contains(reason.rawValue)) }
        }
        // The invitation letter was saved with the meeting, in the same document and history entry.
        let letter = try #require(document.letters.last)
        #expect(letter.kind == "invitation" && letter.meetingId == meeting.id)
        #expect(letter.writtenOn == TUIFixtures.today, "dated the day notice is given")
        #expect(letter.text.contains("Dear Mohammed Iqbal,"))
        #expect(letter.text.contains("on Monday 23 November 2026 at 09:00"))
        #expect(!letter.text.contains("[002:"), "no rule citation in the letter")
        guard case .writeLetter(let who, let written)? = after.dropFirst().first else { Issue.record("no letter files: \(after)"); return }
        #expect(who == Self.person && written == letter)
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("Saved. Enter or Esc to close."))
        #expect(frame.contains("Invitation to a Stage 1 formal meeting — Mohammed Iqbal (\(letter.id)) kept in the record"))
        #expect(frame.contains("letters/\(Self.person)/\(letter.id).docx"))
        #expect(frame.contains("Checklist for you (not in the letter):"))
        #expect(frame.contains("[passed] Written invitation"))
        _ = AppReducer.reduce(&state, .fileWritten(path))
        #expect(state.message == "Wrote \(path).")
        TUIFixtures.press(&state, .enter)
        #expect(state.flow == nil)
    }

    @Test func anOverrideReasonIsNotInTheInvitation() {
        var state = Self.open()
        Self.shortNotice(&state)
        Self.focus(&state, "override")
        Self.type(&state, "Secret override text")
        guard case .save(let document, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        guard case .writeFile(_, let contents)? = Self.reload(&state, with: document).first else { Issue.record("no invitation"); return }
        #expect(!contents.contains("Secret override text"))
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("reason recorded: Secret override text"))
    }

    @Test func theStage1ReviewLetterEnclosesTheAbsenceRecord() throws {
        let data = TUIFixtures.data
        guard var employee = data.employee("aisha-begum"), let day = CalendarDay(year: 2026, month: 11, day: 30) else { Issue.record("no demo person"); return }
        employee.meetings.append(MeetingRecord(id: "m-9", kind: "stage1-review", at: LocalDateTime(day: day, minuteOfDay: 600), place: "Room 1",
                                               noticeGiven: LocalDateTime(day: TUIFixtures.today, minuteOfDay: 540), delivery: .hand))
        let drafted = LetterDrafting.adding(.invitation, to: employee, data: data, meetingId: "m-9", date: TUIFixtures.today)
        let letter = try #require(drafted.letter, "\(drafted.problem ?? "")")
        #expect(letter.text.contains("Dear Aisha Begum,"))
        #expect(letter.text.contains("Stage 1 formal review meeting on Monday 30 November 2026 at 10:00. It will be held at Room 1"))
        #expect(letter.text.contains("I enclose a copy of your absence record and a copy of the Attendance Management Policy"))
        #expect(!letter.text.contains("[002:1286]"))
        #expect(letter.checklist.contains { $0.contains("[002:1286]") }, "the source is in the manager's checklist")
    }

    @Test func aFailedSaveKeepsTheFormAndEscapeCancels() {
        var state = Self.open()
        TUIFixtures.press(&state, .function(2))
        _ = TUIFixtures.press(&state, .control("s"))
        #expect(Self.flow(state)?.phase == .saving)
        _ = AppReducer.reduce(&state, .effectFailed("changed by another attend since it was read"))
        #expect(Self.flow(state)?.phase == .editing)
        #expect(Self.flow(state)?.form.value("date") == "23/11/2026")
        TUIFixtures.press(&state, .escape)
        #expect(state.flow == nil)
    }

    @Test func anImpossibleDateIsMarkedBesideTheField() {
        var state = Self.open()
        Self.focus(&state, "date")
        Self.type(&state, "31/02/2026")
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("✗ not a date; type dd/mm/yyyy"))
        #expect(frame.contains("31/02/2026"))
        #expect(TUIFixtures.press(&state, .control("s")).isEmpty)
    }
}

/// The UI's invitation names the manager and the employee when the store has both addresses.
@Suite struct InvitationParticipantTests {
    @Test func theInvitationFromTheUIHasOrganizerAndAttendeeWhenAddressesAreStored() throws {
        let data = TUIFixtures.data
        var employee = try #require(data.employees.first { $0.teamId != nil })
        employee.email = "person@example.org"
        var organisation = data.organisation
        let managerId = organisation.teams.first { $0.id == employee.teamId }?.managerId ?? employee.managerId
        let index = try #require(organisation.managers.firstIndex { $0.id == managerId })
        organisation.managers[index].email = "boss@example.org"
        let policy = try #require(data.policies[employee.policy ?? organisation.policy])
        let meeting = MeetingRecord(id: "m-9", kind: policy.meetings[0].kind, at: LocalDateTime(day: data.today, minuteOfDay: 600), place: "Room 1",
                                    noticeGiven: LocalDateTime(day: data.today, minuteOfDay: 540), delivery: .hand)
        let with = InvitationLetter.iCalendar(employee: employee, meeting: meeting, policy: policy, today: data.today, organisation: organisation)
        #expect(with.contains("ORGANIZER;CN=") && with.contains("mailto:boss@example.org") && with.contains("ATTENDEE;CN="))
        let without = InvitationLetter.iCalendar(employee: employee, meeting: meeting, policy: policy, today: data.today)
        #expect(!without.contains("ORGANIZER") && !without.contains("ATTENDEE"))
    }
}

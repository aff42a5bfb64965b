import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

/// Forms that never fight the user (issue 13): Enter moves on and never saves half a form,
/// Ctrl-S saves, a refused save goes to the field at fault, text edits at a cursor, notes
/// wrap, a paste lands whole in the field under the cursor, choices are picked by name.
@Suite struct FormKeysTests {
    static func form(_ state: AppState) -> FormState? {
        switch state.flow {
        case .sicknessCall(let f)?: f.form
        case .contact(let f)?: f.form
        case .recordReturn(let f)?: f.form
        default: nil
        }
    }

    static func focusedId(_ state: AppState) -> String? { form(state)?.focusedField?.id }

    static func focus(_ state: inout AppState, _ id: String) {
        for _ in 0..<20 where focusedId(state) != id { TUIFixtures.press(&state, .tab) }
    }

    @Test func enterInAFieldGoesToTheNextAndNeverSavesTheCallWithDefaults() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        FormFlowTests.clearField(&state)
        FormFlowTests.type(&state, "19/11/2026")
        #expect(TUIFixtures.press(&state, .enter).isEmpty)
        #expect(Self.focusedId(state) == "received")
        guard case .sicknessCall = state.flow else { Issue.record("the form closed"); return }
        // Ctrl-S saves from any field.
        guard case .save(let document, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        #expect(document.absences.last?.start == CalendarDay(year: 2026, month: 11, day: 19))
    }

    @Test func enterOnTheLastFieldSavesAndARefusedSaveGoesToTheFirstFieldInError() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        FormFlowTests.clearField(&state)
        FormFlowTests.type(&state, "32/11/2026")
        Self.focus(&state, "expected")
        #expect(TUIFixtures.press(&state, .enter).isEmpty)
        #expect(Self.focusedId(state) == "firstDay", "the cursor goes to the date in error")
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("not a date"))
    }

    @Test func typingEditsAtTheCursorAndTimesAreTakenAsPeopleTypeThem() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"), .tab)
        FormFlowTests.clearField(&state)
        FormFlowTests.type(&state, "810")
        TUIFixtures.press(&state, .left, .left, .character("0"), .home, .character("0"))
        #expect(Self.form(state)?.value("received") == "08010")
        TUIFixtures.press(&state, .end, .backspace, .backspace, .backspace)
        FormFlowTests.type(&state, "10")
        #expect(Self.form(state)?.value("received") == "0810")
        for typed in ["0810", "8.10", "8:10", "08:10", "8.10am"] { #expect(TypedTime.minute(typed) == 8 * 60 + 10, "\(typed)") }
        #expect(TypedTime.minute("2pm") == 14 * 60 && TypedTime.minute("12am") == 0 && TypedTime.minute("12pm") == 12 * 60)
        for wrong in ["25:00", "8:7", "13pm", "8,10", "eight", "08:60"] { #expect(TypedTime.minute(wrong) == nil, "\(wrong)") }
        guard case .save(let document, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        #expect(document.sicknessCalls.last?.receivedAt.minuteOfDay == 8 * 60 + 10)
    }

    @Test func aThreeLinePasteGoesIntoTheNoteWithItsLinesAndRunsNoCommand() {
        var state = TUIFixtures.state(width: 120, height: 40)
        // Someone off sick: an `r` read as a key would open "Record the return to work".
        guard let index = state.visibleRows.firstIndex(where: { state.data.employee($0.id)?.openSickness != nil }) else { Issue.record("the demo lacks what this test needs"); return }
        state.roster.selected = index
        TUIFixtures.press(&state, .character("C"))
        Self.focus(&state, "note")
        TUIFixtures.press(&state, .paste("Spoke to her at 10.\nAgreed a call on Friday.\nrest and fluids"))
        guard case .contact(let flow)? = state.flow else { Issue.record("the paste left the contact form: \(String(describing: state.flow))"); return }
        #expect(flow.form.value("note") == "Spoke to her at 10.\nAgreed a call on Friday.\nrest and fluids")
        // In a one-line field its lines become spaces; never keys.
        Self.focus(&state, "on")
        FormFlowTests.clearField(&state)
        TUIFixtures.press(&state, .paste("20/11/2026\r\n"))
        #expect(Self.form(state)?.value("on") == "20/11/2026")
        guard case .save(let document, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        #expect(document.contacts.last?.note == "Spoke to her at 10.\nAgreed a call on Friday.\nrest and fluids")
    }

    @Test func aPasteLongerThanTheFieldTakesIsRefusedWhole() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        Self.focus(&state, "note")
        TUIFixtures.press(&state, .paste(String(repeating: "x", count: TextRules.noteLimit + 1)))
        #expect(Self.form(state)?.value("note") == "")
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("nothing was pasted"))
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func aLongNoteWrapsAndItsEndAndCursorStayInView(width: Int, height: Int) {
        var state = FormFlowTests.stateOnAtWorkPerson()
        state.width = width
        state.height = height
        TUIFixtures.press(&state, .character("c"))
        Self.focus(&state, "note")
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        TUIFixtures.press(&state, .paste(words + " THE-END"))
        let frame = TUIFixtures.lines(state)
        #expect(frame.allSatisfy { TextWidth.of($0) <= width })
        let text = frame.joined(separator: "\n")
        #expect(text.contains("THE-END▏"), "the end of the note and the cursor are shown:\n\(text)")
        // Up moves within the note, not to the field above.
        TUIFixtures.press(&state, .up)
        #expect(Self.focusedId(state) == "note")
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("▏"))
    }

    @Test func aReasonIsChosenByTypingItsName() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        Self.focus(&state, "reason")
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("‹ Not given ›"))
        FormFlowTests.type(&state, "str")
        #expect(Self.form(state)?.value("reason") == ReasonCategory.stressAnxietyDepression.rawValue)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("‹ Stress, anxiety or depression ›"))
        TUIFixtures.press(&state, .backspace, .backspace, .backspace)
        FormFlowTests.type(&state, "back")
        #expect(Self.form(state)?.value("reason") == ReasonCategory.backPain.rawValue)
        FormFlowTests.type(&state, "zz")
        #expect(Self.form(state)?.value("reason") == ReasonCategory.backPain.rawValue)
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("nothing matches"))
    }

    @Test func aCallForADayThePersonDoesNotWorkIsWorthAWordButNotRefused() {
        var state = TUIFixtures.state(width: 120, height: 40)
        guard let index = state.visibleRows.firstIndex(where: { $0.id == "sian-llyr" }) else { Issue.record("no Siân"); return }
        state.roster.selected = index
        TUIFixtures.press(&state, .character("c"))
        FormFlowTests.clearField(&state)
        FormFlowTests.type(&state, "18/11/2026")
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("Siân works Tuesdays and Thursdays; is Wednesday 18/11/2026 right?"))
        FormFlowTests.clearField(&state)
        FormFlowTests.type(&state, "19/11/2026")
        #expect(!TUIFixtures.lines(state).joined(separator: "\n").contains("right?"))
        FormFlowTests.clearField(&state)
        FormFlowTests.type(&state, "18/11/2026")
        #expect(!TUIFixtures.press(&state, .control("s")).isEmpty, "a warning, not a refusal")
    }

    @Test func theSavedPanelShowsEveryDutyAt80x24AndTheBarSaysHowToClose() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        state.width = 80
        state.height = 24
        TUIFixtures.press(&state, .character("c"))
        guard case .save(let document, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        var saved = document
        saved.revision += 1
        let data = ChangedElsewhereTests.data(state.data, replacing: saved)
        _ = AppReducer.reduce(&state, .reloaded(data, message: "Saved."))
        let frame = TUIFixtures.lines(state)
        let text = frame.joined(separator: "\n")
        let duties = FormFlowSupport.dutyLines(data, employeeId: document.id)
        #expect(!duties.isEmpty)
        for duty in duties { #expect(text.contains(String(duty.prefix(30))), "\(duty) is shown:\n\(text)") }
        #expect(frame.last?.contains("Enter Esc close") == true && frame.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(text.contains("If the absence goes on:") && text.contains("Fit note"), "the plan from day 1:\n\(text)")
    }

    @Test func ctrlCWithAFormOpenAsksAndSaysTheFormIsKept() {
        var state = FormFlowTests.stateOnAtWorkPerson()
        TUIFixtures.press(&state, .character("c"))
        #expect(TUIFixtures.press(&state, .control("c")).isEmpty)
        #expect(state.confirmQuit && state.message?.contains("What you typed is kept") == true)
        #expect(TUIFixtures.press(&state, .character("n")).isEmpty)
        #expect(state.flow != nil)
        TUIFixtures.press(&state, .control("c"))
        #expect(TUIFixtures.press(&state, .character("y")) == [.quit])
        #expect(state.keptDrafts.count == 1)
    }

    @Test func iInTheReturnsSavedPanelOpensTheInterview() {
        var state = TUIFixtures.state(width: 120, height: 40)
        guard let index = state.visibleRows.firstIndex(where: { state.data.employee($0.id)?.openSickness != nil }) else { Issue.record("the demo lacks what this test needs"); return }
        state.roster.selected = index
        let id = state.visibleRows[index].id
        TUIFixtures.press(&state, .character("r"))
        guard case .save(let document, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        _ = AppReducer.reduce(&state, .reloaded(ChangedElsewhereTests.data(state.data, replacing: saved(document)), message: "Saved."))
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("Press i for the return-to-work interview"))
        TUIFixtures.press(&state, .character("i"))
        guard case .interview(let interview)? = state.flow else { Issue.record("no interview: \(state.message ?? "")"); return }
        #expect(interview.employeeId == id)
    }

    /// The document as the store returns it after a save (revision + 1).
    func saved(_ document: EmployeeDocument) -> EmployeeDocument {
        var next = document
        next.revision += 1
        return next
    }
}

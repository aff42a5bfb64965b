import AttendanceRules
import AttendanceStore
import Testing
import TUICore

/// Letters in the terminal UI: the outcome letter saved with the outcome (one document, one
/// history entry), the appeal letters with the appeal, and `L`, the person's letters.
@Suite struct LetterFlowTests {
    static func reload(_ state: inout AppState, with document: EmployeeDocument) -> [AppEffect] {
        let employees = state.data.employees.map { $0.id == document.id ? document : $0 }
        let data = AppData(snapshot: StoreSnapshot(organisation: state.data.organisation, employees: employees, problems: []),
                           policies: Array(state.data.policies.values), holidays: state.data.holidays, today: state.data.today,
                           letterTemplates: state.data.letterTemplates, actor: "tester")
        return AppReducer.reduce(&state, .reloaded(data, message: "Saved."))
    }

    @Test func recordingAWarningSavesItsOutcomeLetterWithItAndSaysWhereTheFileIs() throws {
        var state = StageOutcomeFlowTests.open("mohammed-iqbal")
        StageOutcomeFlowTests.focus(&state, "reviewUntil")
        StageOutcomeFlowTests.type(&state, "20/01/2027")
        guard case .save(let document, _, let summary)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        let letter = try #require(document.letters.last)
        let stage = try #require(document.stages.last)
        #expect(letter.kind == "outcome" && letter.outcomeId == stage.id)
        #expect(summary.contains(letter.id), "the history entry names the letter")
        #expect(letter.text.contains("Stage 1 written warning, issued on 20 November 2026"))
        #expect(letter.text.contains("lapses on 20 May 2027"))
        #expect(letter.text.contains("Your review period runs until 20 January 2027."))
        let effects = Self.reload(&state, with: document)
        #expect(effects == [.writeLetter(employeeId: "mohammed-iqbal", letter: letter)])
        let frame = TUIFixtures.lines(state).joined(separator: "\n")
        #expect(frame.contains("(\(letter.id)) kept in the record"))
        #expect(frame.contains("letters/mohammed-iqbal/\(letter.id).docx"))
    }

    @Test func lodgingAnAppealWritesItsAcknowledgement() throws {
        var state = StageOutcomeFlowTests.open("aisha-begum")
        let flow = try #require(StageOutcomeFlowTests.flow(state))
        guard let existing = state.data.employee("aisha-begum")?.stages.first else { Issue.record("no outcome on file"); return }
        // Choose the existing record, then the day the appeal was lodged.
        StageOutcomeFlowTests.focus(&state, "record")
        for _ in 0..<4 where StageOutcomeFlowTests.flow(state)?.form.value("record") != existing.id { TUIFixtures.press(&state, .right) }
        #expect(StageOutcomeFlowTests.flow(state)?.form.value("record") == existing.id, "\(flow.form.fields.map(\.id))")
        StageOutcomeFlowTests.focus(&state, "appealLodged")
        StageOutcomeFlowTests.type(&state, "19/11/2026")
        guard case .save(let document, let action, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        #expect(action == "stage.appeal")
        let letter = try #require(document.letters.last)
        #expect(letter.kind == "appeal-acknowledgement" && letter.outcomeId == existing.id)
        #expect(letter.text.contains("Thank you for your appeal, received on 19 November 2026"))
    }

    @Test func theLettersListReadsALetterAsWrittenWithItsChecklistAtEverySize() throws {
        var state = StageOutcomeFlowTests.open("mohammed-iqbal")
        StageOutcomeFlowTests.focus(&state, "reviewUntil")
        StageOutcomeFlowTests.type(&state, "20/01/2027")
        guard case .save(let document, _, _)? = TUIFixtures.press(&state, .control("s")).first else { Issue.record("no save"); return }
        _ = Self.reload(&state, with: document)
        TUIFixtures.press(&state, .escape)
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            var sized = state
            _ = AppReducer.reduce(&sized, .resize(width: width, height: height))
            TUIFixtures.press(&sized, .character("L"))
            var frame = TUIFixtures.lines(sized).joined(separator: "\n")
            #expect(frame.contains("Letters · Mohammed Iqbal"), "\(width)x\(height)")
            #expect(frame.contains("▸ 20/11/2026  letter-1  Stage 1 formal meeting: outcome"), "\(width)x\(height)")
            TUIFixtures.press(&sized, .enter)
            frame = TUIFixtures.lines(sized).joined(separator: "\n")
            #expect(frame.contains("Dear Mohammed Iqbal,"), "\(width)x\(height)")
            #expect(TUIFixtures.lines(sized).allSatisfy { $0.count <= width }, "nothing drawn past \(width) columns")
            #expect(TUIFixtures.press(&sized, .character("w")) == [.writeLetter(employeeId: "mohammed-iqbal", letter: try #require(document.letters.last))])
            TUIFixtures.press(&sized, .pageDown, .pageDown, .pageDown, .pageDown)
            #expect(TUIFixtures.lines(sized).joined(separator: "\n").contains("[rule]"), "the checklist follows the letter (\(width)x\(height))")
            TUIFixtures.press(&sized, .escape, .escape)
            #expect(sized.flow == nil)
        }
    }

    @Test func aPersonWithNoLettersIsToldHowLettersAreWritten() {
        var state = TUIFixtures.state()
        state.roster.selected = state.visibleRows.firstIndex { $0.id == "mohammed-iqbal" } ?? 0
        TUIFixtures.press(&state, .character("L"))
        #expect(TUIFixtures.lines(state).joined(separator: "\n").contains("No letters kept for Mohammed Iqbal yet."))
    }
}

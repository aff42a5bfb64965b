import AttendanceRules
import Testing

/// The return-to-work interview script picks the policy's prompts for the situation.
@Suite struct RTWScriptTests {
    static func script(_ policy: String, _ records: [AbsenceRecord], history: [AbsenceRecord] = [], returned: String) -> [RTWPrompt] {
        let p = Fixtures.policy(policy)
        let employee = Fixtures.employee(history + records)
        let asOf = Fixtures.day(returned)
        let evaluation = AttendanceEvaluator(policy: p, holidays: Fixtures.holidays).evaluate(employee, asOf: asOf.previous)
        let calendar = WorkingCalendar(pattern: .mondayToFriday, nation: .englandAndWales, holidays: Fixtures.holidays)
        let duties = evaluation.figures.spells.last.map {
            DutyPlanner(policy: p, employeeCalendar: calendar, organisationCalendar: calendar)
                .duties(spell: $0, records: records, facts: AbsenceFacts(), asOf: asOf)
        } ?? []
        return RTWScriptBuilder.script(policy: p, spell: evaluation.figures.spells.last, records: records, evaluation: evaluation, duties: duties)
    }

    @Test func shortAbsenceGetsTheCorePromptsAndTheBradfordScore() {
        let prompts = Self.script("newcastle-2016", [Fixtures.sick("2026-11-16", "2026-11-17")], returned: "2026-11-18")
        let ids = prompts.map(\.id)
        #expect(ids.first == "privacy" && ids.dropFirst().first == "welcome")
        #expect(ids.contains("bradford-score"))
        #expect(!ids.contains("certification"))
        #expect(!ids.contains("phased-return"))
        #expect(prompts.first { $0.id == "bradford-score" }?.context?.contains("Bradford score 2") == true)
        #expect(prompts.allSatisfy { $0.source.contains("[00") })
    }

    @Test func triggerReachedAndCertificateDueAddTheirPrompts() {
        let history = Fixtures.spells([2, 2, 2], endingBefore: Fixtures.day("2026-10-01"))
        let prompts = Self.script("newcastle-2016", [Fixtures.sick("2026-11-09", "2026-11-12")], history: history, returned: "2026-11-13")
        let ids = prompts.map(\.id)
        #expect(ids.contains("trigger-review"))
        #expect(ids.contains("certification"))
        #expect(ids.contains("occupational-health"))
    }

    @Test func longTermAbsenceAddsThePhasedReturnPrompt() {
        let prompts = Self.script("newcastle-2016", [Fixtures.sick("2026-09-01", "2026-11-13", certificate: .fitNote)], returned: "2026-11-16")
        #expect(prompts.map(\.id).contains("phased-return"))
    }

    @Test func pregnancyRelatedAbsenceAddsTheClassificationPrompt() {
        let prompts = Self.script("newcastle-2016", [Fixtures.sick("2026-11-16", "2026-11-17", related: .pregnancy)], returned: "2026-11-18")
        #expect(prompts.first { $0.id == "classify" }?.context?.contains("pregnancy") == true)
    }
}

import AttendanceReports
import AttendanceRules
import AttendanceStore
import Testing

@Suite struct TriggerExportTests {
    typealias F = ReportFixtures

    @Test func oneRowPerEmployeeWithTheEvaluatorsFigures() throws {
        let asOf = F.day("2026-06-01")
        let export = TriggerExport(organisation: F.organisation, policies: [F.policy], holidays: F.holidays, asOf: asOf)
        let table = try export.table(for: [F.wang(), F.sian()])
        #expect(table.header == TriggerExport.header)
        #expect(table.rows.count == 2)
        #expect(table.rows.map { $0[0] } == [.text("e1"), .text("e2")])

        let evaluation = AttendanceEvaluator(policy: F.policy, holidays: F.holidays)
            .evaluate(F.sian().rulesRecord(organisation: F.organisation), asOf: asOf)
        let row = table.rows[0]
        #expect(row == [
            .text("e1"), .text("Siân Llŷr"), .text("Payroll"), .text("newcastle-2016"),
            .date(F.day("2025-06-02")), .date(asOf), .integer(2), .integer(25), .integer(18), .decimal(100),
            .text(evaluation.triggersHit.joined(separator: "; ")), .text(evaluation.nextStep.title),
            .text(evaluation.nextStep.hrAdviceFirst.isEmpty ? "no" : "yes"),
        ])
        #expect(table.cell("Spells", row: 1) == .integer(0))
        #expect(table.cell("Team", row: 1) == .text("Parks"))
    }

    @Test func triggersHitAndHRAdviceAreReported() throws {
        var doc = EmployeeDocument(id: "e3", name: "Often Off", teamId: "t1")
        // Four one-week spells in the window, one disability-related: every count trigger is hit.
        let starts = ["2025-09-01", "2025-11-03", "2026-01-05", "2026-03-02"]
        doc.absences = starts.enumerated().map { index, start in
            AbsenceRecord(id: "s\(index)", type: .sickness, start: F.day(start), end: F.day(start).adding(days: 4),
                          related: index == 3 ? .disability : nil)
        }
        let export = TriggerExport(organisation: F.organisation, policies: [F.policy], holidays: F.holidays, asOf: F.day("2026-06-01"))
        let row = try export.row(for: doc)
        let evaluation = AttendanceEvaluator(policy: F.policy, holidays: F.holidays)
            .evaluate(doc.rulesRecord(organisation: F.organisation), asOf: F.day("2026-06-01"))
        #expect(evaluation.triggersHit.contains("bradford-150")) // 4 × 4 × 20 = 320
        #expect(row[9] == .decimal(320))
        #expect(row[12] == .text("yes")) // disability-related: HR review under NUL16
        #expect(row[10] == .text(evaluation.triggersHit.joined(separator: "; ")))
        #expect(row[12] == .text(evaluation.nextStep.hrAdviceFirst.isEmpty ? "no" : "yes"))
    }
}

import AttendanceReports
import AttendanceRules
import AttendanceStore
import Testing

@Suite struct AbsenceExportTests {
    typealias F = ReportFixtures

    func export(includeReasons: Bool = false, asOf: String = "2026-06-01") -> AbsenceExport {
        AbsenceExport(organisation: F.organisation, policies: [F.policy], holidays: F.holidays,
                      asOf: F.day(asOf), includeReasons: includeReasons)
    }

    static let reasonIds = ReasonCategory.allCases.map(\.rawValue)

    @Test func notesAndReasonsAreLeftOutByDefault() throws {
        let table = try export().table(for: [F.sian(), F.wang()])
        #expect(table.header == AbsenceExport.baseHeader)
        #expect(!table.header.contains(AbsenceExport.reasonHeader))
        let text = CSVWriter().text(table)
        for secret in F.secrets { #expect(!text.contains(secret), "\(secret) leaked") }
        for reason in Self.reasonIds { #expect(!text.contains(reason), "reason \(reason) exported without --include-reasons") }
    }

    @Test func reasonsAreTheLastColumnOnlyWhenAskedFor() throws {
        let table = try export(includeReasons: true).table(for: [F.sian()])
        #expect(table.header.last == AbsenceExport.reasonHeader)
        #expect(table.rows.map { $0.last } == [.text("cold-flu"), .text("back-pain"), .text("musculoskeletal"), .text(""), .text("stress-anxiety-depression")])
        let text = CSVWriter().text(table)
        for secret in F.secrets { #expect(!text.contains(secret), "\(secret) leaked") }
    }

    @Test func rowsCarryDaysAndWhetherEachAbsenceCounts() throws {
        let table = try export().table(for: [F.sian()])
        #expect(table.rows.count == 5)
        func cell(_ column: String, _ row: Int) -> CSVCell? { table.cell(column, row: row) }
        // Oldest first: a0 (2024), a1, a2, a3 (leave), a4 (ongoing).
        #expect(cell("Start", 0) == .date(F.day("2024-01-08")))
        #expect(cell("Counts towards triggers", 0) == .text("no"))
        #expect(cell("Why not / note", 0) == .text("ended before the trigger window (2025-06-02 to 2026-06-01)"))

        #expect(cell("Employee ID", 1) == .text("e1"))
        #expect(cell("Name", 1) == .text("Siân Llŷr"))
        #expect(cell("Team", 1) == .text("Payroll"))
        #expect(cell("Type", 1) == .text("sickness"))
        #expect(cell("End", 1) == .date(F.day("2026-02-04")))
        #expect(cell("Calendar days", 1) == .integer(3))
        #expect(cell("Working days", 1) == .integer(3))
        #expect(cell("Certificate", 1) == .text("self"))
        #expect(cell("Counts towards triggers", 1) == .text("yes"))
        #expect(cell("Why not / note", 1) == .text(""))

        // HR decided the disability-related part day does not count; the decision's note stays out.
        #expect(cell("First day worked", 2) == .decimal(0.5))
        #expect(cell("Last day worked", 2) == .empty)
        #expect(cell("Related category", 2) == .text("disability"))
        #expect(cell("Counts towards triggers", 2) == .text("no"))
        #expect(cell("Why not / note", 2) == .text("1 day not counted: HR decided it does not count (HR Team, 20/03/2026)"))

        // Annual leave over Easter Monday 2026: 5 calendar days, 4 working days.
        #expect(cell("Type", 3) == .text("annual-leave"))
        #expect(cell("Working days", 3) == .integer(4))
        #expect(cell("Counts towards triggers", 3) == .text("no"))
        #expect(cell("Why not / note", 3) == .text("not sickness absence (Annual leave)"))

        // Ongoing: no end; counted to the as-of date (25 May 2026 is the Spring bank holiday).
        #expect(cell("End", 4) == .empty)
        #expect(cell("Calendar days", 4) == .integer(22))
        #expect(cell("Working days", 4) == .integer(15))
        #expect(cell("Counts towards triggers", 4) == .text("yes"))
    }

    @Test func workingDaysFollowTheEmployeesOwnPattern() throws {
        var wang = F.wang()
        // Monday 1 June to Sunday 7 June 2026: Mon, Wed, Fri worked.
        wang.absences = [AbsenceRecord(id: "w1", type: .sickness, start: F.day("2026-06-01"), end: F.day("2026-06-07"))]
        let table = try export(asOf: "2026-06-10").table(for: [wang])
        #expect(table.cell("Calendar days", row: 0) == .integer(7))
        #expect(table.cell("Working days", row: 0) == .integer(3))
        #expect(table.cell("Name", row: 0) == .text("王小明"))
    }

    @Test func periodKeepsAbsencesOverlappingIt() throws {
        let rows = try export().rows(for: F.sian(), from: F.day("2026-02-04"), to: F.day("2026-04-06"))
        #expect(rows.map { $0[4] } == [.date(F.day("2026-02-02")), .date(F.day("2026-03-10")), .date(F.day("2026-04-06"))])
        // An ongoing absence overlaps any later period.
        let later = try export().rows(for: F.sian(), from: F.day("2026-12-01"))
        #expect(later.map { $0[4] } == [.date(F.day("2026-05-11"))])
    }

    @Test func noMatchingAbsencesGivesTheHeaderOnly() throws {
        let table = try export().table(for: [F.wang()])
        #expect(table.rows.isEmpty)
        #expect(CSVWriter().text(table) == CSVWriter.record(AbsenceExport.baseHeader.map(CSVCell.text)))
    }

    @Test func teamFilterMatchesIdOrName() {
        let everyone = [F.sian(), F.wang()]
        #expect(TeamFilter(team: "t2").select(everyone, organisation: F.organisation).map(\.id) == ["e2"])
        #expect(TeamFilter(team: "payroll").select(everyone, organisation: F.organisation).map(\.id) == ["e1"])
        #expect(!TeamFilter(team: "nope").isKnown(organisation: F.organisation, employees: everyone))
    }

    @Test func anUnloadedPolicyIsAnError() {
        var sian = F.sian()
        sian.policy = "no-such-policy"
        #expect(throws: ExportError.policyNotLoaded(employeeId: "e1", policyId: "no-such-policy", loaded: ["newcastle-2016"], file: "employees/e1.json")) {
            try export().table(for: [sian])
        }
    }

    @Test func aFormulaInANameIsDefendedInTheFile() throws {
        var sian = F.sian()
        sian.name = "=cmd|' /C calc'!A0"
        let text = CSVWriter().text(try export().table(for: [sian]))
        #expect(text.contains("e1,'=cmd|' /C calc'!A0,Payroll,"))
    }
}

import AttendanceRules
import Testing

/// A 50,000-person, ten-year store holds 3.5 million absences and several million days in
/// memory; these sizes are what keep it near 1 GB (docs/performance.md). A field added in
/// the wrong place, or a day stored as four numbers again, shows up here first.
@Suite struct RecordFootprintTests {
    @Test func aDayIsOneWord() {
        #expect(MemoryLayout<CalendarDay>.stride == 8)
    }

    @Test func anAbsenceWithoutAnHRDecisionCarriesOnlyAnEmptyReference() {
        #expect(MemoryLayout<HRDecision?>.stride == 8)
    }

    @Test func anAbsenceRecordTakesNoMoreThan96Bytes() {
        #expect(MemoryLayout<AbsenceRecord>.stride <= 96)
    }

    @Test func anHRDecisionComparesAndHashesByValue() throws {
        let day = try #require(CalendarDay(year: 2026, month: 3, day: 2))
        let a = HRDecision(counts: false, decidedBy: "HR", decidedOn: day, note: "disability-related")
        let b = HRDecision(counts: false, decidedBy: "HR", decidedOn: day, note: "disability-related")
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(a != HRDecision(counts: true, decidedBy: "HR", decidedOn: day, note: "disability-related"))
    }
}

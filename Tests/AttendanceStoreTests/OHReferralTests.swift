import AttendanceRules
import AttendanceStore
import Foundation
import Testing

/// Occupational health referrals: what marks the OH duties done, what validation refuses, and
/// that the private note stays in the employee file.
@Suite struct OHReferralTests {
    /// Two sickness absences merged into one spell (a1, a2) and a later one (a3).
    private static func employee() -> EmployeeDocument {
        var e = StoreFixtures.plainEmployee("r1")
        e.absences = [
            AbsenceRecord(id: "a1", type: .sickness, start: StoreFixtures.day("2025-01-06"), end: StoreFixtures.day("2025-01-10")),
            AbsenceRecord(id: "a2", type: .sickness, start: StoreFixtures.day("2025-01-13"), end: StoreFixtures.day("2025-02-14")),
            AbsenceRecord(id: "a3", type: .sickness, start: StoreFixtures.day("2025-06-02"), end: nil),
        ]
        return e
    }

    @Test func theSpellsEarliestReferralIsTheDayTheFactsSeeAndOtherSpellsReferralsAreIgnored() {
        var e = Self.employee()
        #expect(e.facts(for: ["a1", "a2"]).occupationalHealthReferredOn == nil)
        e.ohReferrals = [
            OHReferral(id: "oh-1", absenceId: "a2", referredOn: StoreFixtures.day("2025-02-10"), by: "m1"),
            OHReferral(id: "oh-2", absenceId: "a1", referredOn: StoreFixtures.day("2025-01-09"), by: "m1"),
            OHReferral(id: "oh-3", absenceId: "a3", referredOn: StoreFixtures.day("2025-06-03"), by: "m1"),
        ]
        #expect(e.facts(for: ["a1", "a2"]).occupationalHealthReferredOn == StoreFixtures.day("2025-01-09"))
        #expect(e.facts(for: ["a3"]).occupationalHealthReferredOn == StoreFixtures.day("2025-06-03"))
        #expect(e.facts(for: ["zz"]).occupationalHealthReferredOn == nil)
    }

    @Test func aReferralForAnAbsenceThatDoesNotExistIsAProblemListingTheAbsences() {
        let e = Self.employee()
        let problems = e.problems(with: OHReferral(id: "oh-9", absenceId: "a7", referredOn: StoreFixtures.day("2025-06-03"), by: "m1"))
        #expect(problems == ["occupational health referral oh-9 refers to absence 'a7', which does not exist; expected one of a1, a2, a3"])
        let none = StoreFixtures.plainEmployee("r2")
            .problems(with: OHReferral(id: "oh-1", absenceId: "a1", referredOn: StoreFixtures.day("2025-06-03"), by: "m1"))
        #expect(none.first?.contains("there are no absences") == true)
    }

    @Test func aReferralDatedBeforeItsAbsenceStartsIsAProblemSayingTheEarliestDayAllowed() {
        let e = Self.employee()
        let early = e.problems(with: OHReferral(id: "oh-2", absenceId: "a3", referredOn: StoreFixtures.day("2025-06-01"), by: "m1"))
        #expect(early == ["occupational health referral oh-2 is dated 2025-06-01, before absence a3 starts (2025-06-02); expected 2025-06-02 or later"])
        #expect(e.problems(with: OHReferral(id: "oh-3", absenceId: "a3", referredOn: StoreFixtures.day("2025-06-02"), by: "m1")).isEmpty)
    }

    @Test func aReferralNoteNeverReachesTheAuditLog() async throws {
        try await withStore { store in
            let note = "referred for suspected long covid"
            var e = try store.loadEmployee("e2")
            e.absences.append(AbsenceRecord(id: "a1", type: .sickness, start: StoreFixtures.day("2026-03-02"), end: nil))
            e.ohReferrals.append(OHReferral(id: "oh-1", absenceId: "a1", referredOn: StoreFixtures.day("2026-03-30"), by: "m2", note: note))
            let saved = try store.save(e, actor: "ann", action: "oh.referral", summary: "oh-1: \(note)")
            #expect(!saved.history.contains { $0.summary.contains("covid") })
            #expect(store.auditLog().last?.summary == "oh-1: [private]")
            #expect(try store.loadEmployee("e2") == saved)
            #expect(saved.ohReferrals.first?.note == note)
        }
    }
}

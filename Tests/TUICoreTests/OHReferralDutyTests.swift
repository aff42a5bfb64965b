import AttendanceRules
import AttendanceStore
import Testing
import TUICore

/// The person screens take their duties from `PersonSummary`, which reads the same facts as
/// the CLI: a recorded occupational health referral must show the OH duty done there too.
@Suite struct OHReferralDutyTests {
    /// The demo's data plus one employee off sick since 1 October 2026 (past newcastle-2016's
    /// 20 working days by the fixture's today, 20 November), with the given referrals.
    private static func data(referrals: [OHReferral]) -> AppData {
        let base = TUIFixtures.data
        var employee = EmployeeDocument(id: "oh-test", name: "Olive Health", policy: "newcastle-2016")
        employee.revision = 1
        employee.absences = [AbsenceRecord(id: "a1", type: .sickness, start: CalendarDay(year: 2026, month: 10, day: 1) ?? base.today, end: nil)]
        employee.ohReferrals = referrals
        let snapshot = StoreSnapshot(organisation: base.organisation, employees: base.employees + [employee], problems: [])
        return AppData(snapshot: snapshot, policies: Array(base.policies.values), holidays: base.holidays, today: base.today)
    }

    @Test func theOHReferralDutyIsOpenUntilAReferralIsRecordedThenDone() throws {
        let before = try #require(PersonSummary(data: Self.data(referrals: []), id: "oh-test"))
        let open = try #require(before.duties.first { $0.id == "oh-referral" })
        #expect(open.status == .overdue || open.status == .due)
        #expect(before.openDuties.contains { $0.id == "oh-referral" })

        let referredOn = CalendarDay(year: 2026, month: 11, day: 2) ?? TUIFixtures.today
        let referral = OHReferral(id: "oh-1", absenceId: "a1", referredOn: referredOn, by: "m1")
        let after = try #require(PersonSummary(data: Self.data(referrals: [referral]), id: "oh-test"))
        #expect(after.duties.first { $0.id == "oh-referral" }?.status == .done)
        #expect(!after.openDuties.contains { $0.id == "oh-referral" })
    }

    @Test func aReferralForAnotherAbsenceLeavesTheDutyOpen() throws {
        let referredOn = CalendarDay(year: 2026, month: 11, day: 2) ?? TUIFixtures.today
        let elsewhere = OHReferral(id: "oh-1", absenceId: "a-other", referredOn: referredOn, by: "m1")
        let summary = try #require(PersonSummary(data: Self.data(referrals: [elsewhere]), id: "oh-test"))
        #expect(summary.duties.first { $0.id == "oh-referral" }?.status != .done)
    }
}

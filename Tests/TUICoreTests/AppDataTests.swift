import AttendanceData
import AttendanceRules
import AttendanceStore
import Testing
@testable import TUICore

@Suite struct AppDataTests {
    @Test func theRosterIsAlphabeticalIgnoringCaseAndAccents() {
        let names = TUIFixtures.data.employees.map { NameOrder($0.name) }
        #expect(names == names.sorted())
        #expect(TUIFixtures.data.rows.map(\.id) == TUIFixtures.data.employees.map(\.id))
    }

    @Test func anEmployeeOnAPolicyThatIsNotLoadedIsReportedNotSilentlyDropped() throws {
        let data = TUIFixtures.data
        var stray = try #require(data.employees.first)
        stray.policy = "retired-2009"
        let others = data.employees.dropFirst()
        let snapshot = StoreSnapshot(organisation: data.organisation, employees: [stray] + others, problems: [])
        let reloaded = AppData(snapshot: snapshot, policies: Array(data.policies.values), holidays: data.holidays, today: data.today)
        #expect(reloaded.rows.count == others.count)
        #expect(reloaded.problems.count == 1)
        #expect(reloaded.problems.first?.contains("policy 'retired-2009' is not loaded") == true)
        #expect(reloaded.problems.first?.contains("employees/\(stray.id).json") == true)
        let state = AppState(data: reloaded, width: 120, height: 30)
        #expect(AppView.render(state).renderText().contains("1 store file left out"))
    }

    /// A reload after one person changed: their figures and row are worked out again, and
    /// everyone's match a fresh evaluation of the whole store.
    @Test func aReloadEvaluatesAgainThePeopleWhoChangedAndAgreesWithAFreshLoad() throws {
        let data = TUIFixtures.data
        let policies = Array(data.policies.values)
        let changedId = try #require(data.rows.first { $0.status == .atWork }?.id)
        var changed = try #require(data.employee(changedId))
        let sick = AbsenceRecord(id: "reload-sick", type: .sickness, start: data.today, end: nil, reason: .coldFlu)
        changed.absences.append(sick)
        changed.revision += 1
        var employees = data.snapshot.employees.map { $0.id == changedId ? changed : $0 }
        let snapshot = StoreSnapshot(organisation: data.organisation, employees: employees, problems: [])
        let reloaded = AppData(snapshot: snapshot, policies: policies, holidays: data.holidays, today: data.today, reusing: data)
        let fresh = AppData(snapshot: snapshot, policies: policies, holidays: data.holidays, today: data.today)
        #expect(reloaded.rows == fresh.rows)
        #expect(reloaded.rows.first { $0.id == changedId }?.status == .offSick(since: data.today), "the changed person is evaluated again")
        for row in fresh.rows { #expect(reloaded.evaluation(row.id) == fresh.evaluation(row.id)) }

        // A document changed by hand with its revision left as it was is still evaluated again:
        // what is reused is the same document, not the same revision number.
        let keptId = try #require(data.rows.first { $0.status == .atWork && $0.id != changedId }?.id)
        var unmoved = try #require(data.employee(keptId))
        unmoved.absences.append(AbsenceRecord(id: "hand-edit", type: .sickness, start: data.today, end: nil, reason: .coldFlu))
        employees = employees.map { $0.id == keptId ? unmoved : $0 }
        let sameRevision = StoreSnapshot(organisation: data.organisation, employees: employees, problems: [])
        let reused = AppData(snapshot: sameRevision, policies: policies, holidays: data.holidays, today: data.today, reusing: reloaded)
        #expect(reused.rows.first { $0.id == keptId }?.status == .offSick(since: data.today))
        #expect(reused.rows == AppData(snapshot: sameRevision, policies: policies, holidays: data.holidays, today: data.today).rows)
        // Another day, or another organisation revision, and everyone is evaluated afresh.
        let tomorrow = data.today.adding(days: 1)
        let nextDay = AppData(snapshot: sameRevision, policies: policies, holidays: data.holidays, today: tomorrow, reusing: data)
        #expect(nextDay.rows.first { $0.id == keptId }?.status == .offSick(since: data.today))
        var organisation = data.organisation
        organisation.revision += 1
        let reorganised = AppData(snapshot: StoreSnapshot(organisation: organisation, employees: employees, problems: []), policies: policies,
                                  holidays: data.holidays, today: data.today, reusing: data)
        #expect(reorganised.rows.first { $0.id == keptId }?.status == .offSick(since: data.today))
    }
}

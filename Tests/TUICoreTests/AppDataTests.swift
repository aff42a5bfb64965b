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
}

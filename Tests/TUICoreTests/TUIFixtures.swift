import AttendanceData
import AttendanceDemo
import AttendanceRules
import AttendanceStore
import Foundation
import TUICore

/// The demo organisation as of a fixed day, loaded into the UI's data model.
enum TUIFixtures {
    static let today = CalendarDay(year: 2026, month: 11, day: 20) ?? CalendarDay(dayNumber: 0)

    static let data: AppData = {
        do {
            let holidays = try BankHolidayCalendar(files: [(sourceName: "data/bank-holidays.json", data: ShippedData.bankHolidaysJSON())])
            let policies = try PolicyLoader.loadAll(ShippedData.policyFiles())
            guard let policy = policies.first(where: { $0.id == "newcastle-2016" }) else { preconditionFailure("no newcastle-2016") }
            let (organisation, employees) = DemoOrganisation.generate(today: today, policy: policy, holidays: holidays)
            let snapshot = StoreSnapshot(organisation: organisation, employees: employees, problems: [])
            return AppData(snapshot: snapshot, policies: policies, holidays: holidays, today: today)
        } catch {
            preconditionFailure("demo data: \(error)")
        }
    }()

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        AppState(data: data, width: width, height: height)
    }

    /// Applies keys in order, returning the effects of the last one.
    @discardableResult
    static func press(_ state: inout AppState, _ keys: KeyEvent...) -> [AppEffect] {
        var effects: [AppEffect] = []
        for key in keys { effects = AppReducer.reduce(&state, .key(key)) }
        return effects
    }

    static func lines(_ state: AppState) -> [String] {
        AppView.render(state).renderText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

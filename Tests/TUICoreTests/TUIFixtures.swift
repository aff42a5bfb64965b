import AttendanceData
import AttendanceDemo
import AttendanceLetters
import AttendanceRules
import AttendanceStore
import Foundation
import TUICore
import TestSupport

/// The demo organisation as of a fixed day, loaded into the UI's data model.
enum TUIFixtures {
    static let today = CalendarDay(year: 2026, month: 11, day: 20) ?? CalendarDay(dayNumber: 0)

    static let data: AppData = {
        let (organisation, employees) = DemoOrganisation.generate(today: today, policy: ShippedFixtures.policy("newcastle-2016"), holidays: ShippedFixtures.holidays)
        let snapshot = StoreSnapshot(organisation: organisation, employees: employees, problems: [])
        return AppData(snapshot: snapshot, policies: ShippedFixtures.policies, holidays: ShippedFixtures.holidays, today: today,
                       letterTemplates: letterTemplates, actor: "tester")
    }()

    /// The shipped letter templates of every policy, as the executable loads them.
    static let letterTemplates: [String: LetterTemplates] = {
        let files = ((try? ShippedData.letterTemplateFiles()) ?? []).map { LetterTemplateFile(set: $0.set, name: $0.name, file: $0.file, text: $0.text) }
        return Dictionary(uniqueKeysWithValues: ShippedFixtures.policies.map { ($0.id, LetterTemplates.forPolicy($0.id, shipped: files, own: [])) })
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

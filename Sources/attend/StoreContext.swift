import AttendanceRules
import AttendanceStore
import Foundation

/// A loaded store with the policies and bank holidays its rules need.
struct StoreContext {
    let store: any RecordStore
    var snapshot: StoreSnapshot
    let policies: [PolicyProfile]
    let holidays: BankHolidayCalendar
    let today: CalendarDay
    let actor: String
    /// Where the store's local files go (`StoreOptions.localFolder`).
    let localFolder: String

    var organisation: OrganisationDocument { snapshot.organisation }

    /// The employee with this id, or bad input saying who there is.
    /// The employee `id` names: an id, a name, or the start of one that only one person has
    /// (`EmployeeLookup`); else the message lists who matched, or the closest.
    func employee(_ id: String) throws -> EmployeeDocument {
        if let found = snapshot.employee(id) { return found }
        func listed(_ people: [EmployeeDocument]) -> String { people.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") }
        switch EmployeeLookup.find(id, in: snapshot.employees) {
        case .one(let found): return found
        case .several(let people):
            throw BadInput("\(TextRules.quoted(id)) matches \(Plural.of(people.count, "employee")): \(listed(Array(people.prefix(8))))\(people.count > 8 ? " and more" : ""); give the id")
        case .none(let suggestions):
            throw BadInput("no employee \(TextRules.quoted(id)) in the store\(suggestions.isEmpty ? "" : "; the closest: \(listed(suggestions))"); `attend employee list` shows everyone")
        }
    }

    /// The policy that applies to an employee (their own, else the organisation's).
    func policy(for employee: EmployeeDocument) throws -> PolicyProfile {
        let id = employee.policy ?? organisation.policy
        guard let found = policies.first(where: { $0.id == id }) else {
            // Name the file that sets it, and quote only the start of a hostile value.
            let file = employee.policy == nil ? "organisation.json" : "employees/\(employee.id).json"
            throw BadInput("\(file): policy \(TextRules.quoted(id)) (for employee \(employee.id)) is not loaded; expected one of \(policies.map(\.id).joined(separator: ", ")) (see --policy-dir)")
        }
        return found
    }

    /// The nation that applies to an employee.
    func nation(for employee: EmployeeDocument) -> Nation { employee.nation ?? organisation.nation }

    /// The organisation calendar for an employee's nation.
    func organisationCalendar(for employee: EmployeeDocument) -> WorkingCalendar {
        .organisation(nation: nation(for: employee), holidays: holidays)
    }

    /// The evaluator for an employee's policy.
    func evaluator(for employee: EmployeeDocument) throws -> AttendanceEvaluator {
        AttendanceEvaluator(policy: try policy(for: employee), holidays: holidays)
    }

    /// Saves an employee document, turning store errors into bad input (nothing written).
    @discardableResult
    func save(_ employee: EmployeeDocument, action: String, summary: String, reason: String? = nil) throws -> EmployeeDocument {
        do {
            let saved = try store.save(employee, actor: actor, action: action, summary: summary, reason: reason)
            SavedChanges.shared.note("employee \(saved.id), revision \(saved.revision)")
            return saved
        } catch {
            throw BadInput("\(error)")
        }
    }

    /// A new id with a prefix, unique within a list.
    static func newId(_ prefix: String, existing: [String]) -> String {
        var n = existing.count + 1
        while existing.contains("\(prefix)-\(n)") { n += 1 }
        return "\(prefix)-\(n)"
    }
}

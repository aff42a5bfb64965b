import AttendanceRules
import AttendanceStore

/// Finding the absence an interview is about, and its script.
enum InterviewSupport {
    /// The sickness absence to interview about: the one named, else the latest that has ended.
    static func absence(_ employee: EmployeeDocument, id: String?) throws -> AbsenceRecord {
        if let id {
            guard let found = employee.absences.first(where: { $0.id == id }) else {
                throw BadInput("--absence '\(id)' is not one of \(employee.name)'s absences; `attend absence list --employee \(employee.id)` shows them")
            }
            guard found.end != nil else { throw BadInput("absence \(id) is still ongoing; record the return first (`attend sickness return`)") }
            return found
        }
        guard let latest = employee.absences.filter({ $0.end != nil && $0.type == .sickness }).max(by: { $0.start < $1.start }) else {
            throw BadInput("\(employee.name) (\(employee.id)) has no ended sickness absence to interview about")
        }
        return latest
    }

    /// The script for the spell containing `absence`, evaluated on the day before the return.
    static func script(context: StoreContext, employee: EmployeeDocument, absence: AbsenceRecord) throws -> [RTWPrompt] {
        let returnDay = (absence.end ?? context.today).next
        let (_, _, script) = try context.assess(employee, on: min(context.today, returnDay))
        if !script.isEmpty { return script }
        // Assessed later than the return, the latest spell may be another: evaluate at the return.
        let (_, _, atReturn) = try context.assess(employee, on: returnDay)
        return atReturn
    }

    /// The draft interview for an absence, if any.
    static func draftIndex(_ employee: EmployeeDocument, absenceId: String) -> Int? {
        employee.interviews.firstIndex { $0.absenceId == absenceId && $0.status == .draft }
    }
}

import AttendanceLetters
import AttendanceRules
import AttendanceStore

/// The letter a save writes with it (the invitation with a booking, the outcome letter with
/// an outcome, the appeal letters with an appeal): added to the document being saved, so the
/// change and its letter land in one write with one history entry, or neither does.
public enum LetterDrafting {
    /// `employee` with the letter added, its record, and the history summary's addition; or
    /// the document unchanged and why no letter could be written (the change still saves).
    public static func adding(_ kind: LetterKind, to employee: EmployeeDocument, data: AppData, meetingId: String? = nil, outcomeId: String? = nil,
                       date: CalendarDay, delivery: NoticeDelivery = .hand) -> (document: EmployeeDocument, letter: LetterRecord?, problem: String?) {
        guard let policy = data.policy(for: employee) else { return (employee, nil, "the person's policy is not loaded") }
        guard let templates = data.letterTemplates[policy.id] else { return (employee, nil, "no letter templates are loaded for \(policy.id)") }
        let request = LetterRequest(kind: kind, employee: employee, organisation: data.organisation, policy: policy,
                                    calendar: data.organisationCalendar(for: employee), date: date, meetingId: meetingId,
                                    outcomeId: outcomeId, delivery: delivery)
        do {
            let written = try LetterWriter(templates: templates).write(request)
            let record = LetterKeeping.record(written, request: request, id: LetterKeeping.newId(employee), actor: data.actor)
            return (LetterKeeping.adding(record, to: employee).document, record, nil)
        } catch {
            return (employee, nil, "\(error)")
        }
    }

    /// The panel lines for a kept letter: where its files are, and the manager's checklist.
    public static func savedLines(_ letter: LetterRecord?, problem: String?, employeeId: String) -> [String] {
        guard let letter else {
            return problem.map { ["No letter was written: \($0)"] } ?? []
        }
        return ["\(letter.title) (\(letter.id)) kept in the record; copies: \(letter.path(employeeId: employeeId, format: "docx")) and .txt (L lists the letters)",
                "Checklist for you (not in the letter):"] + letter.checklist.map { "  \($0)" }
    }
}

import AttendanceReports
import AttendanceRules
import AttendanceStore
import Foundation

/// What `meeting reschedule`, `cancel` and `held` share: finding a live meeting, saving the
/// change with its reason, and writing the updated invitation (same UID, SEQUENCE + 1).
enum MeetingChange {
    /// The index of the meeting `id`, refusing a voided or unknown one, or one already cancelled
    /// when `allowCancelled` is false.
    static func index(_ document: EmployeeDocument, id: String, allowCancelled: Bool = false) throws -> Int {
        if let problem = document.problem(finding: .meeting, id: id) { throw BadInput("\(problem); nothing was changed") }
        guard let index = document.meetings.firstIndex(where: { $0.id == id }) else { throw BadInput("no meeting '\(id)'; nothing was changed") }
        if document.meetings[index].cancelled && !allowCancelled {
            throw BadInput("meeting \(id) is cancelled; schedule a new one with `attend meeting schedule`; nothing was changed")
        }
        return index
    }

    /// Writes the calendar for one meeting to `path` (`-`: standard output), when asked.
    static func writeInvitation(_ context: StoreContext, _ document: EmployeeDocument, _ meeting: MeetingRecord, to path: String?) throws {
        guard let path else { return }
        let policy = try context.policy(for: document)
        let invitation = MeetingInvitation(employee: document, meeting: meeting, policy: policy, organisation: context.organisation)
        let calendar = ICalendarWriter(stamp: UTCTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))).bytes([invitation])
        try ExportOutput.write(calendar, to: path)
        if path != "-" {
            print("Wrote the \(meeting.cancelled ? "cancellation (METHOD:CANCEL)" : "updated invitation") to \(path) (UID \(invitation.uid), SEQUENCE \(meeting.sequence))"
                  + (invitation.organizer == nil || invitation.attendee == nil ? "; no ORGANIZER/ATTENDEE: the store lacks the manager's or employee's e-mail address." : "."))
        }
    }
}

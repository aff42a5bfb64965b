import AttendanceRules
import AttendanceStore

/// Chooses the meetings to export as invitations and builds them.
public struct MeetingExport: Sendable {
    /// The organisation (default policy).
    public let organisation: OrganisationDocument
    /// The loaded policies; each chosen employee's policy must be among them.
    public let policies: [PolicyProfile]

    /// An export for an organisation and its policies.
    public init(organisation: OrganisationDocument, policies: [PolicyProfile]) {
        self.organisation = organisation
        self.policies = policies
    }

    /// The invitations for the meetings of `employees`, optionally only meeting `meetingId`
    /// and only meetings on or after `onOrAfter`, in time order (then by UID, so output is
    /// stable). Cancelled meetings are kept: sending the cancellation is the point.
    /// Throws `noSuchMeeting` when `meetingId` is given and none of the employees has it.
    public func invitations(for employees: [EmployeeDocument], meetingId: String? = nil,
                            onOrAfter: CalendarDay? = nil) throws(ExportError) -> [MeetingInvitation] {
        let directory = ExportDirectory(organisation: organisation, policies: policies)
        var out: [MeetingInvitation] = []
        var meetingFound = false
        for employee in employees {
            let meetings = employee.meetings.filter { meetingId == nil || $0.id == meetingId }
            guard !meetings.isEmpty else { continue }
            meetingFound = true
            let policy = try directory.policy(for: employee)
            for meeting in meetings where onOrAfter.map({ meeting.at.day >= $0 }) ?? true {
                out.append(MeetingInvitation(employee: employee, meeting: meeting, policy: policy, organisation: organisation))
            }
        }
        if let meetingId, !meetingFound { throw .noSuchMeeting(id: meetingId) }
        return out.sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
    }
}

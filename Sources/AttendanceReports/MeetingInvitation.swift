import AttendanceRules
import AttendanceStore

/// Everything a calendar invitation for one meeting may contain, and nothing else.
///
/// It is built from the employee's id and name, the meeting's own fields and the policy's
/// wording for the meeting kind. Absences, sickness calls, reasons, notes and related
/// categories never reach it, so the calendar writer cannot leak medical detail however it
/// is changed later. The meeting's override reason and notice details are left out too:
/// they are the manager's record, not the invitee's.
public struct MeetingInvitation: Hashable, Sendable {
    /// The employee's store id (goes into the UID).
    public let employeeId: String
    /// The employee's name, for the summary.
    public let employeeName: String
    /// The meeting's store id (goes into the UID).
    public let meetingId: String
    /// The meeting's start in UK local time.
    public let start: LocalDateTime
    /// The meeting's length.
    public let durationMinutes: Int
    /// Where it takes place.
    public let place: String
    /// RFC 5545 SEQUENCE: increases with every change so calendars apply updates in order.
    public let sequence: Int
    /// Whether the meeting is cancelled (STATUS:CANCELLED).
    public let cancelled: Bool
    /// The policy's name for the meeting kind, e.g. "Stage 1 formal meeting".
    public let meetingName: String
    /// The policy's name.
    public let policyName: String
    /// The policy's statement of the right to be accompanied at this kind of meeting, if any.
    public let accompaniment: String?
    /// The policy's protective marking (e.g. "Confidential"), carried into the description.
    public let protectiveMarking: String?
    /// The manager who sends it (RFC 5546 ORGANIZER), when the store has their address.
    public var organizer: CalendarParticipant?
    /// The employee invited (ATTENDEE), when the store has their address.
    public var attendee: CalendarParticipant?

    /// An invitation from its parts.
    public init(employeeId: String, employeeName: String, meetingId: String, start: LocalDateTime,
                durationMinutes: Int, place: String, sequence: Int, cancelled: Bool, meetingName: String,
                policyName: String, accompaniment: String?, protectiveMarking: String?) {
        self.employeeId = employeeId
        self.employeeName = employeeName
        self.meetingId = meetingId
        self.start = start
        self.durationMinutes = durationMinutes
        self.place = place
        self.sequence = sequence
        self.cancelled = cancelled
        self.meetingName = meetingName
        self.policyName = policyName
        self.accompaniment = accompaniment
        self.protectiveMarking = protectiveMarking
    }

    /// The invitation for `meeting` of `employee` under `policy`. A meeting kind the policy
    /// does not list (a policy changed since booking) is named by its kind id.
    /// With `organisation`, the employee's team manager (else their own manager) is the
    /// organiser when both have e-mail addresses in the store.
    public init(employee: EmployeeDocument, meeting: MeetingRecord, policy: PolicyProfile, organisation: OrganisationDocument? = nil) {
        let rule = policy.meeting(meeting.kind)
        self.init(employeeId: employee.id, employeeName: employee.name, meetingId: meeting.id, start: meeting.at,
                  durationMinutes: meeting.durationMinutes, place: meeting.place, sequence: meeting.sequence,
                  cancelled: meeting.cancelled, meetingName: rule?.name ?? meeting.kind, policyName: policy.name,
                  accompaniment: rule?.accompaniment?.text, protectiveMarking: policy.protectiveMarking)
        if let organisation {
            let managerId = organisation.teams.first { $0.id == employee.teamId }?.managerId ?? employee.managerId
            if let manager = organisation.managers.first(where: { $0.id == managerId }) {
                organizer = CalendarParticipant(name: manager.name, email: manager.email)
            }
        }
        attendee = CalendarParticipant(name: employee.name, email: employee.email)
    }

    /// `<meeting id>-<employee id>@attend`: stable across re-exports so calendars update the
    /// event instead of adding a copy, and made of ids only (no name, no date).
    public var uid: String { "\(meetingId)-\(employeeId)@attend" }

    /// The end in UK local time: the start plus the duration in elapsed time, so a meeting
    /// over a clock change ends at the right wall-clock time.
    public var end: LocalDateTime { UKClock.adding(minutes: durationMinutes, to: start) }

    /// E.g. "Stage 1 formal meeting — Siân Jones".
    public var summary: String { "\(meetingName) — \(employeeName)" }

    /// The purpose, the policy and the right to be accompanied, one item a line; no medical detail.
    public var details: String {
        var lines: [String] = []
        if cancelled { lines.append("This meeting has been cancelled.") }
        lines.append("Purpose: \(meetingName), to talk with \(employeeName) about their attendance and any support that would help.")
        lines.append("Policy: \(policyName).")
        if let accompaniment {
            let sentence = accompaniment.hasSuffix(".") ? accompaniment : accompaniment + "."
            lines.append("Right to be accompanied: \(sentence)")
        } else {
            lines.append("Right to be accompanied: the policy does not state one for this meeting; ask the manager if you would like someone with you.")
        }
        if let protectiveMarking { lines.append("Protective marking: \(protectiveMarking).") }
        return lines.joined(separator: "\n")
    }
}

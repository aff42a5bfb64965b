import AttendanceReports
import AttendanceRules
import AttendanceStore

/// The invitation letter for a meeting, worded from the policy: date, time, place, purpose,
/// the right to be accompanied and the enclosures the policy asks for (e.g. a copy of the
/// absence record, NUL16 Stage 1 review [002:1286]). No medical detail: it is built from
/// the employee's name, the meeting and the policy only.
public struct InvitationLetter: Hashable, Sendable {
    public let lines: [String]

    public init(employee: EmployeeDocument, meeting: MeetingRecord, policy: PolicyProfile) {
        let rule = policy.meeting(meeting.kind)
        let name = rule?.name ?? meeting.kind
        var out: [String] = []
        if let marking = policy.protectiveMarking { out.append(marking.uppercased()) }
        out.append("Dear \(employee.name),")
        out.append("Invitation to a \(name)")
        out.append("You are invited to a \(name) on \(meeting.at.day.weekday.name) \(meeting.at.day.ukDisplay) at \(meeting.at.hhmm). "
                   + "Place: \(meeting.place). It should last about \(meeting.durationMinutes) minutes.")
        out.append("Purpose: to talk with you about your attendance and any support that would help, under \(policy.name) (\(rule?.source ?? policy.citationKey)).")
        if let companion = rule?.accompaniment {
            out.append("Right to be accompanied: \(Self.sentence(companion.text)) (\(companion.source))")
        } else {
            out.append("Right to be accompanied: the policy states none for this meeting; tell me if you would like someone with you.")
        }
        let enclosures = Self.enclosures(rule, policy: policy)
        if !enclosures.isEmpty {
            out.append("Enclosed: " + enclosures.joined(separator: "; ") + " (\(rule?.accompaniment?.source ?? policy.citationKey)).")
        }
        out.append("Notice given \(meeting.noticeGiven.ukDisplay) by \(meeting.delivery.rawValue).")
        lines = out
    }

    /// What the policy says the invitation encloses (read from its wording for the meeting).
    public static func enclosures(_ rule: MeetingRule?, policy: PolicyProfile) -> [String] {
        guard let text = rule?.accompaniment?.text.lowercased(), text.contains("enclos") else { return [] }
        var out: [String] = []
        if text.contains("absence record") { out.append("a copy of your absence record") }
        if text.contains("the policy") { out.append("a copy of \(policy.name)") }
        return out
    }

    static func sentence(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }

    /// The `.ics` invitation (no medical detail: `MeetingInvitation` carries none), stamped at
    /// 00:00 UTC on `today` so the same store gives the same file.
    /// With `organisation`, the team manager is the ORGANIZER when both addresses are stored.
    public static func iCalendar(employee: EmployeeDocument, meeting: MeetingRecord, policy: PolicyProfile, today: CalendarDay,
                                 organisation: OrganisationDocument? = nil) -> String {
        ICalendarWriter(stamp: UTCTimestamp(startOf: today)).calendar([MeetingInvitation(employee: employee, meeting: meeting, policy: policy, organisation: organisation)])
    }

    /// Relative to the store folder (the executable resolves it): invitations/<meeting>-<employee>.ics.
    public static func path(meetingId: String, employeeId: String) -> String { "invitations/\(meetingId)-\(employeeId).ics" }
}

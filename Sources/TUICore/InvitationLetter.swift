import AttendanceReports
import AttendanceRules
import AttendanceStore

/// The calendar side of an invitation: the `.ics` file written when a meeting is booked or
/// moved. The letter itself is written by `AttendanceLetters` (`LetterDrafting`).
public enum InvitationLetter {
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

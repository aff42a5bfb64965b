import AttendanceRules
import AttendanceStore

/// What a letter is written from: the kind, the person, the record it is about and the facts
/// around it (their policy and their nation's organisation calendar).
public struct LetterRequest: Sendable {
    public var kind: LetterKind
    public var employee: EmployeeDocument
    public var organisation: OrganisationDocument
    public var policy: PolicyProfile
    /// Monday to Friday less the bank holidays of the person's nation (AMB-01).
    public var calendar: WorkingCalendar
    /// The letter's date.
    public var date: CalendarDay
    /// The record: a meeting id, a stage outcome id or an interview id, as the kind needs.
    public var meetingId: String?
    public var outcomeId: String?
    public var interviewId: String?
    /// How the letter reaches the person, for an appeal period that runs from receipt (AMB-13).
    public var delivery: NoticeDelivery
    /// Interview answers and agreed actions are private health data: only when asked for (D-75).
    public var includePrivate: Bool

    /// The date a letter is given when none is: an invitation is the notice of the meeting,
    /// so it is dated the day the notice is given; any other letter, today.
    public static func defaultDate(kind: LetterKind, employee: EmployeeDocument, meetingId: String?, today: CalendarDay) -> CalendarDay {
        guard kind.subject == .meeting, let meeting = employee.meetings.first(where: { $0.id == meetingId }) else { return today }
        return meeting.noticeGiven.day
    }

    public init(kind: LetterKind, employee: EmployeeDocument, organisation: OrganisationDocument, policy: PolicyProfile,
                calendar: WorkingCalendar, date: CalendarDay, meetingId: String? = nil, outcomeId: String? = nil,
                interviewId: String? = nil, delivery: NoticeDelivery = .hand, includePrivate: Bool = false) {
        self.kind = kind
        self.employee = employee
        self.organisation = organisation
        self.policy = policy
        self.calendar = calendar
        self.date = date
        self.meetingId = meetingId
        self.outcomeId = outcomeId
        self.interviewId = interviewId
        self.delivery = delivery
        self.includePrivate = includePrivate
    }
}

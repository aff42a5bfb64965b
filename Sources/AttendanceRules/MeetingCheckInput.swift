/// The facts a meeting check is run on. Optional facts enable the checks that need them;
/// a check whose fact is missing is reported as skipped, naming what it needs.
public struct MeetingCheckInput: Hashable, Sendable {
    public var noticeGiven: LocalDateTime
    public var meeting: LocalDateTime
    public var delivery: NoticeDelivery
    /// The day the employee returned to work.
    public var returned: CalendarDay?
    /// When the outcome being appealed was issued / received.
    public var outcomeIssued: CalendarDay?
    public var outcomeReceived: CalendarDay?
    /// When the appeal was lodged.
    public var appealLodged: CalendarDay?
    /// When the papers (or evidence) were sent.
    public var papersSent: CalendarDay?
    /// When the outcome letter was sent.
    public var outcomeSent: CalendarDay?
    /// The original date of a rearranged meeting.
    public var originalMeeting: CalendarDay?
    /// The first day of the absence (long-term reviews).
    public var absenceStart: CalendarDay?
    /// Where the meeting is to be held, as the invitation gives it.
    public var place: String?

    public init(noticeGiven: LocalDateTime, meeting: LocalDateTime, delivery: NoticeDelivery = .hand,
                returned: CalendarDay? = nil, outcomeIssued: CalendarDay? = nil, outcomeReceived: CalendarDay? = nil,
                appealLodged: CalendarDay? = nil, papersSent: CalendarDay? = nil, outcomeSent: CalendarDay? = nil,
                originalMeeting: CalendarDay? = nil, absenceStart: CalendarDay? = nil, place: String? = nil) {
        self.noticeGiven = noticeGiven
        self.meeting = meeting
        self.delivery = delivery
        self.returned = returned
        self.outcomeIssued = outcomeIssued
        self.outcomeReceived = outcomeReceived
        self.appealLodged = appealLodged
        self.papersSent = papersSent
        self.outcomeSent = outcomeSent
        self.originalMeeting = originalMeeting
        self.absenceStart = absenceStart
        self.place = place
    }
}

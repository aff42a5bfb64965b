/// The kinds of scheduling check a meeting rule can make.
public enum MeetingCheckType: String, PolicyEnum {
    /// At least `amount` clock hours from notice received to the meeting (NUL16 48 hours).
    case noticeHours
    /// At least `amount` clear organisation working days strictly between notice received and the meeting day.
    case noticeClearWorkingDays
    /// Notice issued within `amount` working days of the return to work (day of return = day 0).
    case noticeWithinWorkingDaysOfReturn
    /// Meeting held within `amount` working days of the return (day of return = day 0).
    case meetingWithinWorkingDaysOfReturn
    /// Meeting held on the first day back (a target).
    case meetingOnReturnDay
    /// Meeting held later than `amount` working days after notice received (e.g. after representations are due).
    case meetingAfterWorkingDaysFromNotice
    /// Papers sent no later than `amount` working days before the meeting.
    case papersWorkingDaysBefore
    /// Appeal lodged within `amount` working days of the outcome being received.
    case appealWithinWorkingDaysOfOutcomeReceived
    /// Appeal lodged within `amount` working days of the outcome being issued.
    case appealWithinWorkingDaysOfOutcomeIssued
    /// Outcome letter sent within `amount` working days of the meeting.
    case outcomeWithinWorkingDaysOfMeeting
    /// A rearranged meeting held within `amount` working days of the original date.
    case rescheduledWithinWorkingDays
    /// Meeting held no later than `amount` months after the first day of the absence.
    case meetingWithinMonthsOfAbsenceStart
    /// The invitation gives a specific place (not blank, not "TBC" or "To be confirmed").
    case placeGiven
}

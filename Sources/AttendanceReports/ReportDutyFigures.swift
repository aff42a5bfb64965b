import AttendanceRules

/// Duties kept in a report's period for a group: return-to-work interviews held by the
/// policy's deadline, contacts during absence made on time, fit notes received by their due
/// day (all by `DutyPlanner.keeping`), and meetings booked whose notice checks passed or
/// were overridden with a reason.
public struct ReportDutyFigures: Hashable, Sendable, Codable {
    public var returnToWorkInterviews = ReportDutyCount()
    public var contacts = ReportDutyCount()
    public var fitNotes = ReportDutyCount()
    /// Meetings (not cancelled) held or booked for a day in the period.
    public var meetings = 0
    public var meetingsPassedChecks = 0
    public var meetingsOverridden = 0

    public init() {}

    mutating func add(_ duty: KeptDuty) {
        if duty.id == "rtw-interview" {
            returnToWorkInterviews.add(duty.kept)
        } else if duty.id == "fit-note" {
            fitNotes.add(duty.kept)
        } else {
            contacts.add(duty.kept)
        }
    }

    static func + (a: ReportDutyFigures, b: ReportDutyFigures) -> ReportDutyFigures {
        var sum = ReportDutyFigures()
        sum.returnToWorkInterviews = a.returnToWorkInterviews + b.returnToWorkInterviews
        sum.contacts = a.contacts + b.contacts
        sum.fitNotes = a.fitNotes + b.fitNotes
        sum.meetings = a.meetings + b.meetings
        sum.meetingsPassedChecks = a.meetingsPassedChecks + b.meetingsPassedChecks
        sum.meetingsOverridden = a.meetingsOverridden + b.meetingsOverridden
        return sum
    }
}

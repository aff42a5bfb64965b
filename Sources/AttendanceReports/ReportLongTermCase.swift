import AttendanceRules

/// An open long-term sickness case on a report's last day, with its next milestone. Names
/// are listed (HR manages these cases by name) but never a reason.
public struct ReportLongTermCase: Hashable, Sendable, Codable {
    public let employeeId: String
    public let name: String
    public let teamId: String?
    public let start: CalendarDay
    /// Calendar days and the person's working days from the first day to the report's last.
    public let calendarDays: Int
    public let workingDays: Int
    public let nextMilestone: String?
    public let nextMilestoneOn: CalendarDay?
    public let nextMilestoneSource: String?
}

/// A closed period of booked annual leave.
public struct AnnualLeaveSpan: Hashable, Sendable {
    public let start: CalendarDay
    public let end: CalendarDay

    public init(start: CalendarDay, end: CalendarDay) {
        self.start = start
        self.end = end
    }
}

/// A duty that fell due in a period and how it was kept (for HR's "duties kept" figures).
public struct KeptDuty: Hashable, Sendable {
    /// The duty's id: `rtw-interview`, `fit-note`, `contact-day-8`, `contact-regular`.
    public let id: String
    public let due: CalendarDay
    public let kept: DutyTimeliness
}

/// Something an absence requires of the employee or the manager, with its date and source.
public struct Duty: Hashable, Sendable {
    /// A stable id, e.g. `fit-note`, `rtw-interview`, `milestone:review-12-weeks`.
    public let id: String
    public let title: String
    /// `employee` or `manager`.
    public let owner: String
    /// The day it falls due (nil when the policy sets no date).
    public let due: CalendarDay?
    public let status: DutyStatus
    public let detail: String?
    public let source: String
    /// The first day of the spell the duty belongs to.
    public internal(set) var spellStart: CalendarDay? = nil
}

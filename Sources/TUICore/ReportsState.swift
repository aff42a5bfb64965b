import AttendanceReports
import AttendanceRules

/// The Reports screen's selected team, how many months the period is moved back, and the
/// report last computed (too costly to build on every key).
public struct ReportsState: Hashable, Sendable {
    public var selected = 0
    /// 0: the 12 months ending today; 1: ending a month earlier …
    public var monthsBack = 0
    /// The lower panel's section (Tab).
    public var section = ReportsSection.weekdays
    /// Lines of that panel scrolled past (PgDn, PgUp); back to 0 with Tab.
    public var panelScroll = 0
    public var cache: ReportsCache?

    public init() {}
}

/// A report and what it was made from.
public struct ReportsCache: Hashable, Sendable {
    let to: CalendarDay
    let employees: [EmployeeDocumentStamp]
    public let report: OrganisationReport
}

/// Which version of an employee a cached report saw.
struct EmployeeDocumentStamp: Hashable, Sendable {
    let id: String
    let revision: Int
}

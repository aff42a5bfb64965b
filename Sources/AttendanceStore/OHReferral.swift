import AttendanceRules

/// A referral to occupational health made for an absence.
///
/// The policies require (or suggest) a referral after a long spell or for some reasons
/// (`DutyPlanner`'s `oh-referral` and `oh-referral-reason` duties); recording it is what marks
/// those duties done, through `EmployeeDocument.facts(for:)`.
public struct OHReferral: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// The absence the referral is for.
    public var absenceId: String
    /// The day the referral was made.
    public var referredOn: CalendarDay
    /// Who made the referral.
    public var by: String
    /// A private note: it may hold health detail, so it stays in the employee file only.
    public var note: String?

    public init(id: String, absenceId: String, referredOn: CalendarDay, by: String, note: String? = nil) {
        self.id = id
        self.absenceId = absenceId
        self.referredOn = referredOn
        self.by = by
        self.note = note
    }
}

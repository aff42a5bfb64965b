/// Whether one day of a sickness record counted towards the triggers, and why: the one
/// per-day decision, made by `AbsenceCounter` while it measures the spell, so that every
/// screen and command explains a day exactly as the figures counted it.
public struct DayCount: Hashable, Sendable {
    public let day: CalendarDay
    /// The record the day belongs to (for a bridged day, the record before it).
    public let recordId: String
    /// The spell the day was measured in.
    public let spellStart: CalendarDay
    public let spellEnd: CalendarDay
    /// The day was bridged between two records of one spell (a weekend, a bank holiday).
    public let bridged: Bool
    /// A working day of the employee's own pattern.
    public let workingDay: Bool
    /// The fraction of the day worked (0 for a whole day absent).
    public let workedFraction: Double
    /// Why the day did not count; nil when it counted.
    public let exclusion: DayExclusionReason?
    /// A related category on the day that needs HR advice first (AMB-46 hrReview).
    public let needsHRAdvice: RelatedCategory?
    /// The part-day threshold, for saying a counted part day was under it.
    public let partDayThreshold: Double

    public var counted: Bool { exclusion == nil }

    /// "counted", "counted (calendar day only)", "counted (under 50% worked)", or
    /// "not counted: " and the reason with its source.
    public var text: String {
        if let exclusion { return "not counted: \(exclusion.text)" }
        var text = "counted"
        if workedFraction > 0 {
            text += " (under \(Int((partDayThreshold * 100).rounded()))% worked)"
        } else if !workingDay {
            text += " (calendar day only)"
        }
        if let category = needsHRAdvice { text += ", HR advice first (\(category.label))" }
        return text
    }
}

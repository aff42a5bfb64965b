/// The look-back window triggers are measured over: the `length` ending on the evaluation
/// date (AMB-05: anchor = evaluation date; a spell counts as an occasion if any counted day
/// is inside, and only its days inside count).
public struct WindowRule: Codable, Hashable, Sendable {
    public let length: Period
    public let source: String

    /// The first day of the window ending on `date`, both ends included:
    /// 12 months ending 2026-11-22 start on 2025-11-23; ending 2024-02-29, on 2023-03-01.
    public func start(endingOn date: CalendarDay) -> CalendarDay {
        Period(-length.amount, length.unit).calendarEnd(from: date)?.next ?? date
    }
}

/// The figures of one employee over a policy's window, with the spells behind them.
public struct AbsenceFigures: Hashable, Sendable {
    public let asOf: CalendarDay
    public let windowStart: CalendarDay
    /// Every spell that touches the window (counted or not), oldest first.
    public let spells: [SpellFigures]
    /// Spells counted as occasions.
    public let occasions: Int
    public let calendarDays: Int
    public let workingDays: Int
    /// N × N × D, or nil when the policy does not use the Bradford Factor.
    public let bradford: Double?
    /// How D was taken for the score, for the explanation.
    public let bradfordDays: Double?
    /// The employee works part time and the policy has not chosen a Bradford part-time method (AMB-06).
    public let bradfordPartTimeUnresolved: Bool
}

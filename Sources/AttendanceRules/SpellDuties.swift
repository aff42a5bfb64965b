/// The duties of one sickness spell on an evaluation day.
public struct SpellDuties: Hashable, Sendable {
    public let spell: SpellFigures
    public let duties: [Duty]

    public init(spell: SpellFigures, duties: [Duty]) {
        self.spell = spell
        self.duties = duties
    }

    /// Duties still to be done (overdue, due or upcoming).
    public var open: [Duty] { duties.filter(\.status.isOpen) }
}

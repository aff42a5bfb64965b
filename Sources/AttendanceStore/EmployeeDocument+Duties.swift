import AttendanceRules

extension EmployeeDocument {
    /// The duties of this employee's spells on `day`, marked done from what this document
    /// records (`facts(for:)`): the one call the command line and the terminal UI share.
    public func spellDuties(planner: DutyPlanner, record: EmployeeRecord, figures: AbsenceFigures,
                            on day: CalendarDay) -> [SpellDuties] {
        planner.duties(for: record, figures: figures, facts: { facts(for: $0.recordIds) }, asOf: day)
    }
}

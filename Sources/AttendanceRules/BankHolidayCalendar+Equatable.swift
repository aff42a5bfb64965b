extension BankHolidayCalendar: Equatable {
    /// Two calendars agree when the same official lists were loaded: the precomputed day
    /// indices and the standing rules follow from those.
    public static func == (lhs: BankHolidayCalendar, rhs: BankHolidayCalendar) -> Bool {
        lhs.official == rhs.official
    }
}

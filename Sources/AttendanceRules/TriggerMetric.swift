/// The figure a trigger compares with its value.
public enum TriggerMetric: String, PolicyEnum {
    /// The Bradford score N × N × D.
    case bradford
    /// Spells (occasions) with a counted day in the window.
    case occasions
    /// Counted days in the window that were the employee's working days.
    case workingDays
    /// Counted calendar days in the window.
    case calendarDays
    /// The calendar length of any one counted spell touching the window ("a single period of 10 days").
    case spellCalendarDays
    /// The working-day length (employee pattern) of any one counted spell touching the window.
    case spellWorkingDays
}

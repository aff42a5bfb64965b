/// The unit of a policy period. Every rule carries its unit explicitly (AMB-02): nothing is
/// converted between calendar and working days implicitly.
public enum PeriodUnit: String, PolicyEnum {
    case hours
    case calendarDays
    case workingDays
    case weeks
    case months
    case years
}

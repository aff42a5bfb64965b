/// How the Bradford score is made "pro rata for part time employees" (AMB-06). The seed does
/// not say; with no method chosen, Bradford stage prompts are held for part-timers until HR chooses.
public enum BradfordPartTimeMethod: String, PolicyEnum {
    /// Part-timers are scored exactly like full-timers.
    case none
    /// D counts only the employee's scheduled working days.
    case countScheduledDaysOnly
    /// D is multiplied by the employee's FTE.
    case scaleDaysByFTE
    /// Thresholds are multiplied by the employee's FTE.
    case scaleThresholdsByFTE
}

import AttendanceRules

/// What a stage meeting decided.
public enum StageOutcomeKind: String, PolicyEnum {
    case warning
    case noWarning = "no-warning"
    case noFurtherAction = "no-further-action"
    case extendReview = "extend-review"
    case dismissal
    case redeployment
}

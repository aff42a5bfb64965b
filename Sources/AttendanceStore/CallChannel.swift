import AttendanceRules

/// How a sickness was reported.
public enum CallChannel: String, PolicyEnum {
    case phone
    case proxy
    case text
    case email
}

import AttendanceRules

/// Where a return-to-work interview stands.
public enum InterviewStatus: String, PolicyEnum {
    /// Started, answers being recorded; offered again next time.
    case draft
    /// Signed off: complete.
    case signedOff = "signed-off"
}

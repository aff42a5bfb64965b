/// Return-to-work interview rules.
public struct RTWRules: Codable, Hashable, Sendable {
    /// Absence types after which an interview is required.
    public let requiredAfter: [AbsenceType]
    /// Whether a part day that did not count still needs one (AMB-22: NUL16 only if counted).
    public let requiredForUncountedPartDay: Bool
    /// Whether a sickness absence that does not count towards triggers (an excluded related
    /// category, an HR decision) still needs one; nil reads as true (NUL08 "all cases of
    /// sickness absence" [002:1690]: the exclusion only decides whether the formal procedure starts).
    public let requiredForExcludedAbsence: Bool?
    /// The interview must be held within this many organisation working days of the return
    /// (day of return = day 0); nil when the policy only says "first day back" (AMB-35).
    public let hardMaxWorkingDays: Int?
    /// `must` when the limit is mandatory, `should` for a target.
    public let strength: String
    public let source: String
    /// The ordered prompts of the interview script (catalogue section 7.6), each with when it applies.
    public let prompts: [RTWPromptRule]
}

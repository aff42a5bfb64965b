/// When a return-to-work prompt applies.
public enum RTWPromptCondition: String, PolicyEnum {
    case always
    /// A self-certificate or fit note is due for this absence.
    case certificateToCheck
    /// The policy scores with the Bradford Factor.
    case bradfordScore
    /// A trigger point is reached at the return.
    case triggerReached
    /// The absence has a related category the policy may exclude or refer to HR.
    case possibleExclusion
    /// An occupational health referral is prompted (duration, reason or score).
    case occupationalHealth
    /// The absence was long-term, so a phased return may be agreed.
    case phasedReturnAfterLongTerm
    /// The absence was bereavement or compassionate leave.
    case bereavementOrCompassionate
    /// A pattern (Mondays, Fridays, next to bank holidays or leave) shows in the window.
    case patternOfConcern
}

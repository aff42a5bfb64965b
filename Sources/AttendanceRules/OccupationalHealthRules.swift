/// When an occupational health referral is prompted.
public struct OccupationalHealthRules: Codable, Hashable, Sendable {
    /// A spell of this length prompts a referral (NUL16 20 working days, NUL08 more than 4 weeks).
    public let afterSpell: Period?
    public let afterSpellComparator: ThresholdComparator?
    public let afterSpellSource: String?
    /// Reason categories that prompt a referral early (NUL16 s19.2(f)).
    public let reasonCategories: [ReasonCategory]
    public let reasonSource: String?
    /// Triggers whose being reached prompts a referral (NUL16 s19.2(d),(e)).
    public let atTriggers: [String]
    public let atTriggersSource: String?
}

/// How a profile resolves one ambiguity of the rules catalogue (AMB-nn), shown by `attend policy show`.
public struct AmbiguityChoice: Codable, Hashable, Sendable {
    public let id: String
    public let choice: String
    /// True when the profile departs from the catalogue's suggested default.
    public let deviatesFromSuggestedDefault: Bool?
}

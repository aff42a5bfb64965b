/// How a part day of sickness counts (AMB-14): at or above `threshold` of the normal day
/// worked, the day (and optionally the occasion) is not counted; below it, the day counts whole.
public struct PartDayRule: Codable, Hashable, Sendable {
    public let threshold: Double
    public let atOrAboveCountsDay: Bool
    public let atOrAboveCountsOccasion: Bool
    public let source: String
}

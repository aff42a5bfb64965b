/// What must hold before a stage can be entered: a live warning from an earlier stage and,
/// optionally, a minimum rise in the Bradford score since that warning was issued
/// (NUL16 stage-skip gaps of 350 and 375, AMB-11).
public struct StageEntryRule: Codable, Hashable, Sendable {
    public let requiresLiveWarningFrom: String
    public let minimumScoreRiseSinceWarning: Double?
    public let source: String
}

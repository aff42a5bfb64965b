/// HR's recorded decision on whether an absence counts towards triggers (AMB-46):
/// it overrides the policy's default treatment of the absence's related category.
public struct HRDecision: Codable, Hashable, Sendable {
    public let counts: Bool
    public let decidedBy: String
    public let decidedOn: CalendarDay
    public let note: String?

    public init(counts: Bool, decidedBy: String, decidedOn: CalendarDay, note: String? = nil) {
        self.counts = counts
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
        self.note = note
    }
}

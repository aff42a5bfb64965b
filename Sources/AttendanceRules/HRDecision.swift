/// HR's recorded decision on whether an absence counts towards triggers (AMB-46):
/// it overrides the policy's default treatment of the absence's related category.
///
/// A class (immutable, so it behaves as a value) only so that an absence without a decision,
/// which is nearly all of them, holds an 8-byte empty reference instead of 48 empty bytes.
public final class HRDecision: Codable, Hashable, Sendable {
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

    public static func == (a: HRDecision, b: HRDecision) -> Bool {
        a.counts == b.counts && a.decidedBy == b.decidedBy && a.decidedOn == b.decidedOn && a.note == b.note
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(counts)
        hasher.combine(decidedBy)
        hasher.combine(decidedOn)
        hasher.combine(note)
    }
}

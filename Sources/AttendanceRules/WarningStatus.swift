/// A warning on file and whether it is live on the evaluation date.
public struct WarningStatus: Hashable, Sendable {
    public let warning: WarningRecord
    public let name: String
    /// The day it lapses, or nil when the validity must still be entered (AMB-26).
    public let lapses: CalendarDay?
    public let live: Bool
    public let source: String
}

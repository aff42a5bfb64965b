import AttendanceStore

/// Which record a screen item stands for, so `e`, `x` and `h` act on the record under the cursor.
public struct RecordReference: Hashable, Sendable {
    public let kind: RecordKind
    public let id: String

    public init(_ kind: RecordKind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    /// As the history names it: `absence a3`, `meeting m-1`, `stage record s-1`.
    public var historyName: String {
        switch kind {
        case .stage: "stage record \(id)"
        case .ohReferral: "referral \(id)"
        default: "\(kind.label) \(id)"
        }
    }
}

/// `count` warnings of `stage` issued within `within` before a new trigger send the case
/// straight to `escalateTo` (NUL16 s21.2.4: two Stage 1 warnings in 2 years → Stage 2).
public struct RepeatRule: Codable, Hashable, Sendable {
    public let stage: String
    public let count: Int
    public let within: Period
    public let escalateTo: String
    public let source: String
}

/// The Bradford Factor: S = N × N × D (NUL16 s20.4 [002:1237]).
public struct BradfordRule: Codable, Hashable, Sendable {
    /// The unit of D: calendar days as written (NUL16 s20.4 [002:1233], AMB-03) or working days.
    public let dayUnit: PeriodUnit
    /// nil: not chosen by HR (AMB-06).
    public let partTimeMethod: BradfordPartTimeMethod?
    public let source: String
}

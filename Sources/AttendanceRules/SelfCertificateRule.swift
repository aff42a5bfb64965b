/// When a self-certificate is needed and when it is due (AMB-18).
public struct SelfCertificateRule: Codable, Hashable, Sendable {
    /// Needed for spells of at least this many calendar days (NUL 4, CAF 1).
    public let fromCalendarDays: Int
    /// It covers days 1 to this day (7).
    public let throughCalendarDay: Int
    /// `onReturn` (NUL16 "immediately on return") or `asap` (NUL08).
    public let due: String
    /// Not needed when a fit note covers the absence from the first day.
    public let notNeededIfFitNoteFromFirstDay: Bool
    public let source: String
}

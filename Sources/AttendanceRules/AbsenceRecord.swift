/// One recorded absence: a type, a first day and (when closed) a last day.
///
/// A part day is recorded with the fraction of that day the employee worked: on the first
/// day (went home ill) and/or the last day (came back part way through).
///
/// A ten-year store holds millions of these, so the fields are declared in the order that
/// leaves the least padding (the one-byte kinds fill the tail of `end`): 96 bytes a record.
public struct AbsenceRecord: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let start: CalendarDay
    /// The last day absent; nil while the absence is ongoing.
    public let end: CalendarDay?
    public let type: AbsenceType
    public let related: RelatedCategory?
    public let reason: ReasonCategory?
    public let certificate: CertificateKind
    /// The first day a fit note covers, when one is held.
    public let fitNoteFrom: CalendarDay?
    /// Fraction (0 ..< 1) of the first day that was worked, for a part day.
    public let firstDayWorkedFraction: Double?
    /// Fraction (0 ..< 1) of the last day that was worked, for a part day.
    public let lastDayWorkedFraction: Double?
    public let hrDecision: HRDecision?

    public init(
        id: String, type: AbsenceType, start: CalendarDay, end: CalendarDay?,
        firstDayWorkedFraction: Double? = nil, lastDayWorkedFraction: Double? = nil,
        related: RelatedCategory? = nil, reason: ReasonCategory? = nil,
        certificate: CertificateKind = .none, fitNoteFrom: CalendarDay? = nil, hrDecision: HRDecision? = nil
    ) {
        self.id = id
        self.type = type
        self.start = start
        self.end = end
        // -0 is 0: a fraction typed as `-0` must not be stored (or shown) as a negative.
        self.firstDayWorkedFraction = firstDayWorkedFraction.map { $0 == 0 ? 0 : $0 }
        self.lastDayWorkedFraction = lastDayWorkedFraction.map { $0 == 0 ? 0 : $0 }
        self.related = related
        self.reason = reason
        self.certificate = certificate
        self.fitNoteFrom = fitNoteFrom
        self.hrDecision = hrDecision
    }

    /// Whether the absence is still open.
    public var isOngoing: Bool { end == nil }

    /// The last day to consider when evaluating on `date`: the end, or `date` while ongoing.
    public func lastDay(asOf date: CalendarDay) -> CalendarDay { end ?? date }

    /// The fraction of `day` that was worked (0 for a whole day absent).
    public func workedFraction(on day: CalendarDay) -> Double {
        var worked = 0.0
        if day == start, let f = firstDayWorkedFraction { worked = max(worked, f) }
        if let end, day == end, let f = lastDayWorkedFraction { worked = max(worked, f) }
        return worked
    }

    /// Problems with the record itself (end before start, fractions out of range), as messages.
    public var problems: [String] {
        var out: [String] = []
        if let end, end < start {
            out.append("absence \(id): end \(end.iso) is before start \(start.iso); the last day absent must be on or after the first")
        }
        for (name, value) in [("firstDayWorkedFraction", firstDayWorkedFraction), ("lastDayWorkedFraction", lastDayWorkedFraction)] {
            if let value, !(0..<1).contains(value) || value.isNaN {
                out.append("absence \(id): \(name) \(value) is out of range; expected a fraction from 0 up to (not including) 1")
            }
        }
        return out
    }
}

import AttendanceRules

/// The file `attend evaluate` reads: one employee, their absences, warnings and what has been done.
struct EvaluateInput: Decodable {
    struct Absence: Decodable {
        let id: String?
        let type: AbsenceType
        let from: CalendarDay
        let to: CalendarDay?
        let firstDayWorkedFraction: Double?
        let lastDayWorkedFraction: Double?
        let related: RelatedCategory?
        let reason: ReasonCategory?
        let certificate: CertificateKind?
        let fitNoteFrom: CalendarDay?
        let hrDecision: HRDecision?
    }

    struct Facts: Decodable {
        let rtwHeldOn: CalendarDay?
        let contacts: [CalendarDay]?
        let selfCertificateReceived: Bool?
        /// The fit notes held, with the days each covers.
        let fitNotes: [FitNoteCover]?
        /// Read only to refuse it: a date alone cannot show which days a note covers.
        let fitNoteReceivedOn: CalendarDay?
        let occupationalHealthReferredOn: CalendarDay?
        let latestMedicalEvidence: CalendarDay?
    }

    let pattern: WorkingPattern?
    let nation: Nation?
    let fte: Double?
    let absences: [Absence]
    let warnings: [WarningRecord]?
    let facts: Facts?

    /// The absence records, or every problem with them (end before start, overlaps, fractions).
    func records() -> (records: [AbsenceRecord], problems: [String]) {
        var problems: [String] = []
        let records = absences.enumerated().map { index, a in
            AbsenceRecord(id: a.id ?? "absence-\(index + 1)", type: a.type, start: a.from, end: a.to,
                          firstDayWorkedFraction: a.firstDayWorkedFraction, lastDayWorkedFraction: a.lastDayWorkedFraction,
                          related: a.related, reason: a.reason, certificate: a.certificate ?? .none,
                          fitNoteFrom: a.fitNoteFrom, hrDecision: a.hrDecision)
        }
        for record in records { problems.append(contentsOf: record.problems) }
        let sorted = records.sorted { $0.start < $1.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            if let end = a.end ?? Optional(CalendarDay(dayNumber: Int.max / 2)), b.start <= end {
                problems.append("absences \(a.id) and \(b.id) overlap (\(b.id) starts \(b.start.iso) before \(a.id) ends); absences must not overlap")
            }
        }
        return (records, problems)
    }
}

import AttendanceRules

extension AbsenceRecord {
    /// This absence with HR's decision note (private) replaced by `PrivateText.placeholder`.
    public var withoutPrivateText: AbsenceRecord {
        guard let decision = hrDecision, decision.note != nil else { return self }
        return AbsenceRecord(id: id, type: type, start: start, end: end,
                             firstDayWorkedFraction: firstDayWorkedFraction, lastDayWorkedFraction: lastDayWorkedFraction,
                             related: related, reason: reason, certificate: certificate, fitNoteFrom: fitNoteFrom,
                             hrDecision: HRDecision(counts: decision.counts, decidedBy: decision.decidedBy,
                                                    decidedOn: decision.decidedOn, note: PrivateText.placeholder))
    }
}

import AttendanceRules

extension EmployeeDocument {
    /// The ids of the live records of a kind, for messages that say what is allowed.
    public func ids(of kind: RecordKind) -> [String] {
        switch kind {
        case .absence: absences.map(\.id)
        case .sicknessCall: sicknessCalls.map(\.id)
        case .contact: contacts.map(\.id)
        case .fitNote: fitNotes.map(\.id)
        case .selfCertificate: selfCertificates.map(\.id)
        case .interview: interviews.map(\.id)
        case .meeting: meetings.map(\.id)
        case .stage: stages.map(\.id)
        case .ohReferral: ohReferrals.map(\.id)
        }
    }

    /// Why the record cannot be corrected (not there, or voided), or nil when it can.
    public func problem(finding kind: RecordKind, id: String) -> String? {
        if ids(of: kind).contains(id) { return nil }
        if let gone = voided.first(where: { $0.kind == kind && $0.record.id == id }) {
            return "\(kind.label) \(id) was voided on \(gone.on.ukDisplay) by \(gone.by) (\(TextRules.quoted(gone.reason, maximum: 80))); a voided record cannot be changed"
        }
        let known = ids(of: kind)
        return "\(name) has no \(kind.label) '\(TextRules.visible(String(id.prefix(64)), keepingLineBreaks: false))'"
            + (known.isEmpty ? " (none is recorded)" : "; expected one of \(known.joined(separator: ", "))")
    }

    /// Withdraws a record with a reason: it leaves its list, so nothing counts it any more, and
    /// is kept whole in `voided`. An absence takes with it the records that belong to it (its
    /// sickness call, contacts, fit notes, self-certificates, interviews and referrals), each
    /// noted as voided with it. Returns what was voided, the record first.
    public mutating func void(_ kind: RecordKind, id: String, reason: String, by: String, on day: CalendarDay) throws(StoreError) -> [VoidedRecord] {
        if let problem = problem(finding: kind, id: id) { throw .invalid(problem) }
        var out: [VoidedRecord] = []
        func take(_ payload: VoidedPayload, with: String? = nil) {
            out.append(VoidedRecord(record: payload, reason: reason, by: by, on: day, with: with))
        }
        switch kind {
        case .absence:
            guard let index = absences.firstIndex(where: { $0.id == id }) else { break }
            take(.absence(absences.remove(at: index)))
            let owner = "absence \(id)"
            for r in sicknessCalls where r.absenceId == id { take(.sicknessCall(r), with: owner) }
            for r in contacts where r.absenceId == id { take(.contact(r), with: owner) }
            for r in fitNotes where r.absenceId == id { take(.fitNote(r), with: owner) }
            for r in selfCertificates where r.absenceId == id { take(.selfCertificate(r), with: owner) }
            for r in interviews where r.absenceId == id { take(.interview(r), with: owner) }
            for r in ohReferrals where r.absenceId == id { take(.ohReferral(r), with: owner) }
            sicknessCalls.removeAll { $0.absenceId == id }
            contacts.removeAll { $0.absenceId == id }
            fitNotes.removeAll { $0.absenceId == id }
            selfCertificates.removeAll { $0.absenceId == id }
            interviews.removeAll { $0.absenceId == id }
            ohReferrals.removeAll { $0.absenceId == id }
        case .sicknessCall:
            if let i = sicknessCalls.firstIndex(where: { $0.id == id }) { take(.sicknessCall(sicknessCalls.remove(at: i))) }
        case .contact:
            if let i = contacts.firstIndex(where: { $0.id == id }) { take(.contact(contacts.remove(at: i))) }
        case .fitNote:
            if let i = fitNotes.firstIndex(where: { $0.id == id }) { take(.fitNote(fitNotes.remove(at: i))) }
        case .selfCertificate:
            if let i = selfCertificates.firstIndex(where: { $0.id == id }) { take(.selfCertificate(selfCertificates.remove(at: i))) }
        case .interview:
            if let i = interviews.firstIndex(where: { $0.id == id }) { take(.interview(interviews.remove(at: i))) }
        case .meeting:
            if let i = meetings.firstIndex(where: { $0.id == id }) { take(.meeting(meetings.remove(at: i))) }
        case .stage:
            if let i = stages.firstIndex(where: { $0.id == id }) { take(.stage(stages.remove(at: i))) }
        case .ohReferral:
            if let i = ohReferrals.firstIndex(where: { $0.id == id }) { take(.ohReferral(ohReferrals.remove(at: i))) }
        }
        voided += out
        return out
    }
}

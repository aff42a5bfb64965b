import AttendanceRules

extension EmployeeDocument {
    /// Why `record` cannot be added: an end before its start, a bad part-day fraction, more than
    /// one ongoing absence, or an overlap with an absence already recorded (every day between
    /// the ends is checked, not only the ends). Empty when it can be added.
    public func problems(adding record: AbsenceRecord, today: CalendarDay) -> [String] {
        var out = record.problems
        if record.type == .sickness && record.start > today {
            out.append("sickness cannot start in the future (\(record.start.iso) is after today, \(today.iso))")
        }
        if record.end == nil, let open = absences.first(where: { $0.end == nil }) {
            out.append("\(name) already has an ongoing \(open.type.label.lowercased()) absence from \(open.start.iso) (\(open.id)); close it first")
        }
        let far = CalendarDay(dayNumber: Int(Int32.max))
        for other in absences where other.id != record.id {
            let otherEnd = other.end ?? far
            let recordEnd = record.end ?? far
            if record.start <= otherEnd && other.start <= recordEnd {
                let span = other.end.map { "\(other.start.iso) to \($0.iso)" } ?? "\(other.start.iso) (ongoing)"
                out.append("it overlaps \(other.type.label.lowercased()) \(span) (\(other.id)); absences must not overlap")
            }
        }
        return out
    }

    /// Why `referral` cannot stand in this document: it names an absence that is not recorded,
    /// or it is dated before that absence started (a referral is made for an absence, so it
    /// cannot precede it). Empty when it is sound. Each problem names the referral and what is
    /// allowed; the caller adds the file.
    public func problems(with referral: OHReferral) -> [String] {
        guard let absence = absences.first(where: { $0.id == referral.absenceId }) else {
            let known = absences.map(\.id)
            let allowed = known.isEmpty ? "there are no absences to refer for" : "expected one of \(known.joined(separator: ", "))"
            return ["occupational health referral \(referral.id) refers to absence '\(referral.absenceId)', which does not exist; \(allowed)"]
        }
        if referral.referredOn < absence.start {
            return ["occupational health referral \(referral.id) is dated \(referral.referredOn.iso), before absence \(absence.id) starts "
                    + "(\(absence.start.iso)); expected \(absence.start.iso) or later"]
        }
        return []
    }

    /// A new absence id unique in this document.
    public func newAbsenceId() -> String {
        var n = absences.count + 1
        while absences.contains(where: { $0.id == "a\(n)" }) { n += 1 }
        return "a\(n)"
    }
}

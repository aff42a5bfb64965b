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

    /// A new absence id unique in this document.
    public func newAbsenceId() -> String {
        var n = absences.count + 1
        while absences.contains(where: { $0.id == "a\(n)" }) { n += 1 }
        return "a\(n)"
    }
}

import AttendanceRules

/// An employee's status on a day, as a manager's roster shows it.
public enum EmployeeStatus: Hashable, Sendable {
    case atWork
    case offSick(since: CalendarDay)
    case onLeave(AbsenceType, until: CalendarDay?)
    /// Back from sickness and the return-to-work interview is not yet signed off.
    case backInterviewDue(returned: CalendarDay)
    /// Left employment: `on` was the last day.
    case left(on: CalendarDay)

    /// The status of `employee` on `day`.
    public static func of(_ employee: EmployeeDocument, on day: CalendarDay) -> EmployeeStatus {
        if let last = employee.leftOn, day > last { return .left(on: last) }
        if let current = employee.absences.first(where: { $0.start <= day && ($0.end ?? day) >= day }) {
            if current.type == .sickness { return .offSick(since: current.start) }
            return .onLeave(current.type, until: current.end)
        }
        let lastSickness = employee.absences.filter { $0.type == .sickness && ($0.end ?? day) < day }.max { ($0.end ?? $0.start) < ($1.end ?? $1.start) }
        if let last = lastSickness, let end = last.end {
            let signedOff = employee.interviews.contains { $0.absenceId == last.id && $0.status == .signedOff }
            if !signedOff && end.next.days(to: day) <= 31 { return .backInterviewDue(returned: end.next) }
        }
        return .atWork
    }

    /// A short description, e.g. "off sick since 20/11/2026".
    public var text: String {
        switch self {
        case .atWork: "at work"
        case .offSick(let since): "off sick since \(since.ukDisplay)"
        case .onLeave(let type, let until): "\(type.label.lowercased())\(until.map { " until \($0.ukDisplay)" } ?? "")"
        case .backInterviewDue(let returned): "back \(returned.ukDisplay), interview due"
        case .left(let last): "left \(last.ukDisplay)"
        }
    }
}

import AttendanceStore

/// Why an export could not be produced. Nothing is half-written: the exports are computed in
/// full before any byte leaves the library.
public enum ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An employee (or the organisation) names a policy that was not loaded, so their
    /// triggers and counting cannot be computed.
    /// `file` is the one that sets the policy (the employee's, else `organisation.json`).
    case policyNotLoaded(employeeId: String, policyId: String, loaded: [String], file: String)
    /// `--meeting ID` names a meeting that none of the chosen employees has.
    case noSuchMeeting(id: String)

    /// One line for the user saying what is wrong and what would work.
    public var description: String {
        switch self {
        case .policyNotLoaded(let employee, let policy, let loaded, let file):
            "\(file): policy \(TextRules.quoted(policy)) (for employee \(employee)) is not loaded; expected one of \(loaded.joined(separator: ", "))"
        case .noSuchMeeting(let id):
            "no meeting '\(id)' in the store for the chosen employees; `attend employee show ID` lists an employee's meetings"
        }
    }
}

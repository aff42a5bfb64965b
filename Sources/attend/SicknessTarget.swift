import AttendanceRules
import AttendanceStore

/// The sickness absence a record is for (`--absence ID`, else the latest): one lookup and one
/// message for fit notes, self-certificates and occupational health referrals.
enum SicknessTarget {
    /// `purpose` completes "has no sickness absence ...", e.g. "for a fit note".
    static func absence(_ document: EmployeeDocument, id: String?, purpose: String) throws -> AbsenceRecord {
        let sickness = document.absences.filter { $0.type == .sickness }
        if let id {
            guard let found = sickness.first(where: { $0.id == id }) else {
                let known = sickness.map(\.id)
                throw BadInput("--absence '\(id)' is not one of \(document.name)'s sickness absences"
                               + (known.isEmpty ? " (they have none)" : "; expected one of \(known.joined(separator: ", "))"))
            }
            return found
        }
        guard let latest = sickness.max(by: { $0.start < $1.start }) else {
            throw BadInput("\(document.name) has no sickness absence \(purpose); record the absence first (`attend sickness call` or `attend absence add`)")
        }
        return latest
    }
}

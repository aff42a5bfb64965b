#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension FileStore {
    /// The summary prefix of the organisation's history entry that records an erasure.
    public static func erasureSummary(_ id: String) -> String { "erased employees/\(id).json" }

    /// Erases an employee's file for good (a leaver past the retention period, D-79), recording
    /// the erasure in the organisation's history first: who, when, which id; nothing of the
    /// content. A kill between the record and the removal leaves a recorded erasure whose file
    /// is still there; the next erasure of that id removes it without recording it twice.
    /// Returns the organisation as saved (unchanged when the erasure was already recorded).
    @discardableResult
    public func erase(employee id: String, actor: String, detail: String, now: Date = Date()) throws(StoreError) -> OrganisationDocument {
        try Self.checkEmployeeId(id)
        return try DurableFile.withLock(lockPath) { () throws(StoreError) -> OrganisationDocument in
            let path = employeePath(id)
            guard FileKind.of(path) == .regular else { throw .invalid("employees/\(id).json is not there to erase; nothing was changed") }
            var organisation = try Self.decodeOrganisation(try read(organisationPath, file: "organisation.json"), file: "organisation.json")
            let summary = Self.erasureSummary(id)
            if !organisation.history.contains(where: { $0.action == "employee.purge" && $0.summary.hasPrefix(summary) }) {
                organisation.revision = try Self.nextRevision(after: organisation.revision, file: "organisation.json")
                organisation.schemaVersion = OrganisationDocument.currentSchemaVersion
                organisation.history.append(ChangeRecord(revision: organisation.revision, at: Self.timestamp(now), actor: actor,
                                                         action: "employee.purge", summary: "\(summary) (\(detail))"))
                try DurableFile.write(try Self.encode(organisation), to: organisationPath)
            }
            guard unlink(path) == 0 else { throw .io(path: path, problem: DurableFile.errorText()) }
            DurableFile.syncDirectory(employeesPath)
            // The letters written out to them go too (their records went with the document).
            _ = eraseLetterFiles(employeeId: id)
            return organisation
        }
    }
}

import Foundation

extension FileStore {
    /// Writes a whole store copied from elsewhere (`attend store copy`): every document as it
    /// is, revisions and history kept, so the copy's history and audit log are the source's.
    /// Only in a missing or empty folder; the organisation file is written last, so until the
    /// copy is whole the folder is not a store.
    public func restore(_ organisation: OrganisationDocument, employees: [EmployeeDocument], actor: String, now: Date) throws(StoreError) {
        guard !exists else { throw .alreadyExists(path: root) }
        if let refusal = StorePlace.refusalToCreate(at: root) { throw .invalid(refusal) }
        for employee in employees { try Self.checkEmployeeId(employee.id) }
        try DurableFile.makeDirectory(root)
        try DurableFile.makeDirectory(employeesPath)
        try DurableFile.withLock(lockPath) { () throws(StoreError) in
            guard !exists else { throw .alreadyExists(path: root) }
            for employee in employees {
                try DurableFile.write(try Self.encode(employee), to: employeePath(employee.id))
            }
            try DurableFile.write(try Self.encode(organisation), to: organisationPath)
        }
    }
}

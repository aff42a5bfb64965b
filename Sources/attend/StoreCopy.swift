import AttendanceStore
import Crypto
import Foundation

/// Copies a whole store to another place (folder or database) and checks the copy: the same
/// number of employees, and every document's SHA-256 over its stored JSON equal to the source's.
enum StoreCopy {
    struct Outcome {
        let employees: Int
        /// A SHA-256 over every document's own digest, in id order: one line to compare.
        let digest: String
    }

    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The digest of every document of a snapshot, by name (`organisation`, `employees/<id>`).
    static func digests(_ snapshot: StoreSnapshot) throws(StoreError) -> [String: String] {
        var out = ["organisation": digest(try StoreDocuments.encode(snapshot.organisation))]
        for employee in snapshot.employees { out["employees/\(employee.id)"] = digest(try StoreDocuments.encode(employee)) }
        return out
    }

    static func copy(from source: any RecordStore, to destination: any RecordStore, actor: String) throws -> Outcome {
        do {
            guard try source.storeExists() else { throw BadInput("--from: no attend store at \(source.location); nothing was copied") }
            if try destination.storeExists() {
                throw BadInput("--to: \(destination.location) already holds an attend store; a copy goes only into an empty folder or database, so nothing was copied")
            }
            let snapshot = try source.load()
            guard snapshot.problems.isEmpty else {
                throw BadInput("--from: \(snapshot.problems.count) damaged document\(snapshot.problems.count == 1 ? "" : "s") in \(source.location) (first: \(snapshot.problems[0])); a copy would leave \(snapshot.problems.count == 1 ? "it" : "them") behind, so nothing was copied (run `attend validate`)")
            }
            let expected = try digests(snapshot)
            try destination.restore(snapshot.organisation, employees: snapshot.employees, actor: actor, now: Date())
            SavedChanges.shared.note("a copy at \(destination.location)")
            let copied = try destination.load()
            let found = try digests(copied)
            guard copied.employees.count == snapshot.employees.count, copied.problems.isEmpty else {
                throw BadInput("the copy at \(destination.location) has \(copied.employees.count) employees and \(copied.problems.count) problems where the source has \(snapshot.employees.count): it is not a good copy; \(SavedChanges.shared.summary)")
            }
            let different = expected.keys.sorted().filter { expected[$0] != found[$0] }
            guard different.isEmpty else {
                throw BadInput("the copy at \(destination.location) differs from the source in \(different.count) document\(different.count == 1 ? "" : "s") (first: \(different[0])): it is not a good copy; \(SavedChanges.shared.summary)")
            }
            let all = expected.keys.sorted().map { "\($0) \(expected[$0] ?? "")" }.joined(separator: "\n")
            return Outcome(employees: copied.employees.count, digest: digest(Data(all.utf8)))
        } catch let error as BadInput {
            throw error
        } catch {
            throw BadInput("\(error)")
        }
    }
}

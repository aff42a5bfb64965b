import AttendancePostgres
import AttendanceStore
import Foundation
import Synchronization

/// The PostgreSQL stores this process has opened, one per URL, so that every load and save
/// of a run (and of the terminal UI's session) shares one connection.
final class OpenStores: Sendable {
    static let shared = OpenStores()

    private let servers = Mutex<[String: PostgresStore]>([:])

    /// The store the URL names, opened once; a URL that cannot be used is bad input.
    func server(_ url: String) throws -> PostgresStore {
        if let open = servers.withLock({ $0[url] }) { return open }
        let store: PostgresStore
        do { store = try PostgresStore(url: url) } catch { throw BadInput("\(error)") }
        return servers.withLock { open in
            if let existing = open[url] { return existing }
            open[url] = store
            return store
        }
    }
}

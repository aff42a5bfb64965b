import Logging
import PostgresNIO
import Synchronization

/// Hears every save to the store as it commits: `LISTEN attend_changes` on a connection of
/// its own. Each save's transaction moves the change counter on and ends with `pg_notify`
/// carrying the new counter, delivered at commit; nothing else, not even an employee id, so no
/// role learns of changes to people its row-level security hides. While it listens,
/// `counter()` is answered without a round trip: the listener reads the counter once LISTEN is
/// in place, then takes each value heard, so it trails a commit only by the notification's
/// delivery (milliseconds on a local server) and never misses one.
/// When the listening connection is lost a new one is tried, at most every 2 s.
final class ChangeListener: Sendable {
    static let channel = "attend_changes"
    static let counterQuery: PostgresQuery = "SELECT counter FROM attend.changes"

    private struct State {
        var counter = 0
        var connection: PostgresConnection?
        var attempting = false
        var lastAttempt: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let configuration: PostgresConnection.Configuration
    private let logger: Logger

    init(configuration: PostgresConnection.Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// The change counter while listening; nil (and starting to listen) otherwise.
    func counter() -> Int? {
        let (live, start) = state.withLock { state -> (Int?, Bool) in
            if let connection = state.connection {
                if !connection.isClosed { return (state.counter, false) }
                state.connection = nil
            }
            let due = state.lastAttempt.map { $0.duration(to: .now) >= .seconds(2) } ?? true
            guard due, !state.attempting else { return (nil, false) }
            state.attempting = true
            state.lastAttempt = .now
            return (nil, true)
        }
        if start { listen() }
        return live
    }

    private func listen() {
        let configuration = configuration, logger = logger
        Task.detached(executorPreference: DriverExecutor.shared) { [weak self] in
            guard let connection = try? await PostgresConnection.connect(configuration: configuration, id: 2, logger: logger) else {
                self?.ended(nil)
                return
            }
            _ = try? await connection.listen(on: Self.channel) { notifications in
                // Read after LISTEN is in place: a save that commits later is heard.
                let rows = try await connection.query(Self.counterQuery, logger: logger)
                var start = 0
                for try await value in rows.decode(Int.self) { start = value }
                self?.listening(on: connection, counter: start)
                for try await notification in notifications {
                    if let value = Int(notification.payload) { self?.heard(value) }
                }
            }
            self?.ended(connection)
            try? await connection.close()
        }
    }

    private func listening(on connection: PostgresConnection, counter: Int) {
        state.withLock { state in
            state.connection = connection
            state.counter = counter
            state.attempting = false
        }
    }

    /// Notifications come in commit order, and the counter's row lock makes that its order too.
    private func heard(_ counter: Int) {
        state.withLock { $0.counter = counter }
    }

    private func ended(_ connection: PostgresConnection?) {
        state.withLock { state in
            if connection == nil || state.connection === connection { state.connection = nil }
            state.attempting = false
        }
    }
}

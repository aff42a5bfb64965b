import Logging
import PostgresNIO
import Synchronization

/// Connecting, given up after the connect timeout whatever stage it has reached.
/// postgres-nio's own timeout covers the TCP connect only, not a server (or anything else on
/// that port) that accepts the connection and never answers the TLS request, the startup or
/// the authentication; that would otherwise wait for ever.
final class ConnectAttempt: Sendable {
    private let finished = Mutex(false)

    /// True for the first caller only: whichever of the connection and the deadline comes first.
    private func finish() -> Bool {
        finished.withLock { done in
            defer { done = true }
            return !done
        }
    }

    static func connect(_ configuration: PostgresConnection.Configuration, seconds: Int, logger: Logger,
                        abandon: @escaping @Sendable (any Error) -> Void) async throws -> PostgresConnection {
        let attempt = ConnectAttempt()
        Task.detached(executorPreference: DriverExecutor.shared) {
            try? await Task.sleep(for: .seconds(seconds))
            if attempt.finish() { abandon(NoAnswer(seconds: seconds)) }
        }
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            _ = attempt.finish()
            throw error
        }
        guard attempt.finish() else {
            // Too late: the caller has been told already; this connection is not used.
            Task.detached(executorPreference: DriverExecutor.shared) { try? await connection.close() }
            throw NoAnswer(seconds: seconds)
        }
        return connection
    }
}

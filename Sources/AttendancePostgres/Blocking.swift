import Dispatch
import Synchronization

/// Runs async driver work to completion from attend's synchronous commands and UI loop. Only
/// ever called from those threads, never from the driver's own event loops; the work runs on
/// `DriverExecutor`, so the wait cannot starve it either.
enum Blocking {
    /// The first result wins: the work's own, or an earlier failure handed to `abandon`.
    final class Outcome<T: Sendable>: Sendable {
        private let value = Mutex<Result<T, any Error>?>(nil)
        private let done = DispatchSemaphore(value: 0)

        func finish(_ result: Result<T, any Error>) {
            let first = value.withLock { value -> Bool in
                guard value == nil else { return false }
                value = result
                return true
            }
            if first { done.signal() }
        }

        func wait() throws -> T {
            done.wait()
            guard let result = value.withLock({ $0 }) else { preconditionFailure("finished without a result") }
            return try result.get()
        }
    }

    /// `body` is given `abandon`: calling it ends the wait at once with that error, for work
    /// that can no longer finish (its connection closed) even if the work itself never returns.
    static func run<T: Sendable>(_ body: @escaping @Sendable (_ abandon: @escaping @Sendable (any Error) -> Void) async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        Task.detached(executorPreference: DriverExecutor.shared) {
            do { outcome.finish(.success(try await body { outcome.finish(.failure($0)) })) } catch { outcome.finish(.failure(error)) }
        }
        return try outcome.wait()
    }
}

import Dispatch
import Synchronization

/// Runs async driver work to completion from attend's synchronous commands and UI loop. Only
/// ever called from those threads, never from the driver's own event loops, so the wait
/// cannot deadlock them.
enum Blocking {
    final class Outcome<T: Sendable>: Sendable {
        let value = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        Task.detached {
            let result: Result<T, any Error>
            do { result = .success(try await body()) } catch { result = .failure(error) }
            outcome.value.withLock { $0 = result }
            outcome.done.signal()
        }
        outcome.done.wait()
        guard let result = outcome.value.withLock({ $0 }) else { preconditionFailure("the task ended without a result") }
        return try result.get()
    }
}

import Dispatch

/// Where the driver's async work runs when a synchronous caller waits for it: a serial queue
/// of attend's own, not Swift's cooperative pool. The pool has one thread per core, and a
/// caller blocked in `Blocking.run` may itself be on a pool thread (a test, or a command run
/// from async code); with every pool thread waiting, work queued on the pool would never run.
/// The driver's work never blocks, so one serial queue serves every connection.
final class DriverExecutor: TaskExecutor {
    static let shared = DriverExecutor()

    private let queue = DispatchQueue(label: "attend.postgres.driver")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}

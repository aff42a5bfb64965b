import AttendanceStore
import Dispatch
import Foundation
import Synchronization
import TUICore

/// The terminal UI's reload of changes saved elsewhere, run off the UI's thread so that keys
/// are answered while it reads and evaluates (HR over 50,000 people: most of a second). One
/// at a time. Each is tagged with the generation of the UI's data it started from; the UI
/// applies a finished one only if its data has not been replaced since (by its own save,
/// which reloads in the foreground), and otherwise drops it and checks again.
final class BackgroundReload: Sendable {
    struct Finished: Sendable {
        let generation: Int
        /// The store's stamp when the reload started, for a reload that failed.
        let seen: StoreStamp
        let result: Result<(AppData, StoreStamp), any Error>
    }

    private struct State {
        var running = false
        var finished: Finished?
    }

    private let state = Mutex(State())

    var isRunning: Bool { state.withLock { $0.running } }

    /// Starts `work` unless a reload is already running.
    func start(generation: Int, seen: StoreStamp, _ work: @escaping @Sendable () throws -> (AppData, StoreStamp)) {
        let begun = state.withLock { state -> Bool in
            guard !state.running else { return false }
            state.running = true
            state.finished = nil
            return true
        }
        guard begun else { return }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = Result { try work() }
            state.withLock { state in
                state.finished = Finished(generation: generation, seen: seen, result: result)
                state.running = false
            }
        }
    }

    /// The reload that finished since the last call, once.
    func take() -> Finished? {
        state.withLock { state in
            defer { state.finished = nil }
            return state.finished
        }
    }
}

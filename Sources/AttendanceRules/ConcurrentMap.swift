import Dispatch
import Synchronization

/// `map` spread over the processor's cores, for the independent per-employee work of
/// opening a store (decoding files, evaluating everyone). Results keep the input's order.
public enum ConcurrentMap {
    /// `transform` applied to every element, in chunks of `chunkSize` run concurrently.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], chunkSize: Int = 64, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let size = max(1, chunkSize)
        let chunks = (elements.count + size - 1) / size
        guard chunks > 1 else { return elements.map(transform) }
        let slots = Mutex<[[Result]]>(Array(repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let part = elements[(chunk * size)..<min(elements.count, (chunk + 1) * size)].map(transform)
            slots.withLock { $0[chunk] = part }
        }
        return slots.withLock { $0.flatMap { $0 } }
    }
}

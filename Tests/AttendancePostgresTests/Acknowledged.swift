import Foundation

/// The last revision a writer thread saw acknowledged, and whether it has stopped.
final class Acknowledged: @unchecked Sendable {
    private let condition = NSCondition()
    private var latest = 0
    private var finished = false

    var revision: Int { condition.lock(); defer { condition.unlock() }; return latest }

    var isFinished: Bool { condition.lock(); defer { condition.unlock() }; return finished }

    func set(_ revision: Int) { condition.lock(); latest = revision; condition.unlock() }

    func finish() { condition.lock(); finished = true; condition.broadcast(); condition.unlock() }

    func waitUntilFinished() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttendanceStore
import Foundation

/// Standard output and standard error that notice when they cannot be written.
///
/// Foundation's `FileHandle.write(_:)` traps when a write fails (`>/dev/full`, a closed pipe
/// end, a full disk), and `Swift.print`'s buffered failures are lost, so a script would see
/// exit 0 with its output gone. Everything attend prints goes through here instead (the module's
/// `print` below shadows the standard one): writes go to the file descriptors with `write(2)`,
/// the first failure is kept, and `main` turns it into a message and a non-zero exit.
final class StandardStreams: @unchecked Sendable {
    static let shared = StandardStreams()

    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var outputProblem: String?
    private var errorProblem: String?

    /// Appends to standard output (buffered; written out at 64 KB and by `flush`).
    func out(_ bytes: some Collection<UInt8>) {
        lock.lock()
        defer { lock.unlock() }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 65_536 { flushLocked() }
    }

    /// Writes a line's text to standard error at once, keeping standard output's order.
    func error(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
        if let problem = Self.writeAll(STDERR_FILENO, Array(text.utf8)), errorProblem == nil { errorProblem = problem }
    }

    /// Writes out what is buffered now (before reading an answer, or handing the terminal to
    /// the UI).
    func flush() {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
    }

    /// Writes what is buffered; returns why standard output or standard error could not be
    /// written (the first failure of the run), or nil when everything reached them.
    func finish() -> (output: String?, error: String?) {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
        return (outputProblem, errorProblem)
    }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        if outputProblem == nil, let problem = Self.writeAll(STDOUT_FILENO, buffer) { outputProblem = problem }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, continuing after short writes and EINTR; the error text on failure.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { raw -> String? in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                if n == 0 { return "nothing could be written" }
                offset += n
            }
            return nil
        }
    }
}

/// The module's `print`: the same as the standard one, but through `StandardStreams`.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    // Control characters that reached stored data (a hostile file) are shown, never sent.
    let text = TextRules.visible(items.map { "\($0)" }.joined(separator: separator)) + terminator
    StandardStreams.shared.out(text.utf8)
}

/// One message on standard error, e.g. `printError("attend: ...")`.
func printError(_ line: String) {
    StandardStreams.shared.error(TextRules.visible(line) + "\n")
}

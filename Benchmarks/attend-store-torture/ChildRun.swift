#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One run of a program with output to files and a time limit: how it ended and what it said.
struct ChildRun {
    let status: Int32
    /// Ended by a signal (a crash), not by exit.
    let crashed: Bool
    /// Killed at the time limit.
    let hung: Bool
    let seconds: Double
    let out: String
    let err: String
    let outBytes: Int

    /// At most this much of each output is kept in memory; the size is kept whole.
    static let keep = 1 << 16

    static func run(_ executable: String, _ arguments: [String], in folder: String, timeout: Double) throws -> ChildRun {
        let outPath = "\(folder)/.out", errPath = "\(folder)/.err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        let started = Date()
        try process.run()
        var hung = false
        while process.isRunning {
            if Date().timeIntervalSince(started) > timeout {
                kill(process.processIdentifier, SIGKILL)
                hung = true
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        func text(_ path: String) -> (String, Int) {
            guard let handle = FileHandle(forReadingAtPath: path) else { return ("", 0) }
            defer { try? handle.close() }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return (String(decoding: handle.readData(ofLength: keep), as: UTF8.self), size)
        }
        let (out, outBytes) = text(outPath)
        let (err, _) = text(errPath)
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
        return ChildRun(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal && !hung,
                        hung: hung, seconds: seconds, out: out, err: err, outBytes: outBytes)
    }
}

import Foundation

/// The `attend` built next to the test bundle, run as a script would run it.
public enum AttendBinary {
    public struct Run: Sendable {
        public let status: Int32
        public let out: String
        public let err: String
    }

    public static func url() -> URL {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = directory.appendingPathComponent("attend")
        if FileManager.default.fileExists(atPath: beside.path) { return beside }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("attend")
    }

    /// Runs attend (or `executable`) with `arguments`, stdin from /dev/null and no terminal;
    /// `environment` is added to this process's.
    public static func run(_ arguments: [String], environment: [String: String] = [:], executable: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? url()
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }
}

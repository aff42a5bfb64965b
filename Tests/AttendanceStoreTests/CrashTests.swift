#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttendanceStore
import Foundation
import Testing

/// Kills a real writer process (`attend-store-torture`) at random moments, many times, and
/// checks that the store still loads with every save the writer acknowledged, each with its
/// one history entry.
@Suite struct CrashTests {
    /// The torture binary, built next to the test bundle.
    static func tortureBinary() -> String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].map { $0.appendingPathComponent("attend-store-torture").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The loop itself is `attend-store-torture kill-loop`, so longer runs use the same checks
    /// (docs/store-format.md): every acknowledged save is stored, no record twice, one history
    /// entry per landed revision, none claiming a change that did not land, no stray files.
    @Test(.timeLimit(.minutes(1)))
    func killingAWriterAtRandomMomentsNeverLosesAnAcknowledgedSave() async throws {
        guard let binary = Self.tortureBinary() else {
            Issue.record("attend-store-torture was not found next to the test bundle (\(CommandLine.arguments[0])); build it with the tests")
            return
        }
        try await withTemporaryDirectory { folder in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["kill-loop", "\(folder)/store", "25"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
            #expect(text.contains("kill-loop: ") && text.contains(" 0 lost, 0 violations"), "\(text)")
            // The checks ran on a store that really was written and killed.
            let snapshot = try FileStore(root: "\(folder)/store").load()
            #expect((snapshot.employee("e1")?.revision ?? 0) + snapshot.organisation.revision > 10)
        }
    }
}

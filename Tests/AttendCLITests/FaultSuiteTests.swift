import Foundation
import Testing

/// The fault suite's fuzzer (issue 11): damaged store files of every kind, with `validate`,
/// `triggers`, `employee list` and a UI frame run on each. `attend-store-torture fuzz` does the
/// work, so a longer run by hand uses the same checks (docs/store-format.md).
@Suite struct FaultSuiteTests {
    static func torture() -> URL { AttendCLITests.binary().deletingLastPathComponent().appendingPathComponent("attend-store-torture") }

    static func fuzz(_ attend: String, iterations: Int, seed: UInt64) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = torture()
        process.arguments = ["fuzz", attend, "\(iterations)", "\(seed)"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test(.timeLimit(.minutes(2)))
    func everyKindOfDamageIsReportedNamingTheFileAndNothingCrashesOrHangs() throws {
        // Three cases of each of the 13 kinds of damage, on a fixed seed so a failure reproduces.
        let run = try Self.fuzz(AttendCLITests.binary().path, iterations: 39, seed: 20261203)
        #expect(run.status == 0, "\(run.out)")
        #expect(run.out.contains("39 damaged stores") && run.out.contains(" 0 crashes, 0 hangs, 0 failures"), "\(run.out)")
    }

    /// The fuzzer can fail: a stand-in for attend that crashes, or that refuses without naming
    /// the file, is caught.
    @Test(arguments: [("kill -SEGV $$", "crashed"), ("echo 'something is wrong' >&2; exit 2", "without naming")])
    func theFuzzerCatchesACrashAndAnUnnamedRefusal(script: String, expected: String) throws {
        let fake = FileManager.default.temporaryDirectory.appendingPathComponent("attend-fake-\(UUID().uuidString)").path
        try "#!/bin/sh\n\(script)\n".write(toFile: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: fake)
        defer { try? FileManager.default.removeItem(atPath: fake) }
        let run = try Self.fuzz(fake, iterations: 2, seed: 1)
        #expect(run.status == 1)
        #expect(run.out.contains("FAILURE seed 1 case 0") && run.out.contains(expected), "\(run.out)")
    }
}

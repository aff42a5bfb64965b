#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttendanceStore
import Foundation
import Testing

/// Kills a real writer process (`attend-store-torture`) at random moments, many times, and
/// checks that the store still loads with every save the writer acknowledged.
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

    @Test(.timeLimit(.minutes(1)))
    func killingAWriterAtRandomMomentsNeverLosesAnAcknowledgedSave() async throws {
        guard let binary = Self.tortureBinary() else {
            Issue.record("attend-store-torture was not found next to the test bundle (\(CommandLine.arguments[0])); build it with the tests")
            return
        }
        try await withTemporaryDirectory { folder in
            let root = "\(folder)/store"
            var acknowledged: [String] = []
            var killedMidRun = 0
            var rounds = 0
            var generator = SystemRandomNumberGenerator()
            // 25 kills; on a machine so busy that the writer barely starts in 150 ms, up to 25
            // more with longer delays, so that enough saves are acknowledged to prove anything.
            while rounds < 25 || (acknowledged.count < 10 && rounds < 50) {
                let delay = rounds < 25 ? Int.random(in: 0...150, using: &generator) : Int.random(in: 150...600, using: &generator)
                rounds += 1
                let process = Process()
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = [root, "1000000"]
                let output = Pipe()
                process.standardOutput = output
                try process.run()
                try await Task.sleep(for: .milliseconds(delay))
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    killedMidRun += 1
                }
                process.waitUntilExit()
                let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                if process.terminationReason == .exit {
                    Issue.record("the writer stopped by itself with status \(process.terminationStatus)")
                }
                // Only whole lines count (each ack is one write, so none should be cut short).
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                lines.removeLast()
                for line in lines {
                    if line.hasPrefix("ack a"), line.count > 5, line.dropFirst(5).allSatisfy(\.isNumber) {
                        acknowledged.append(String(line.dropFirst(4)))
                    }
                }
            }
            #expect(killedMidRun == rounds)
            #expect(acknowledged.count >= 10, "the writer should get some saves done between kills")

            let store = FileStore(root: root)
            let snapshot = try store.load()
            #expect(snapshot.problems.isEmpty, "\(snapshot.problems)")
            let employee = try #require(snapshot.employee("e1"))
            let stored = employee.absences.map(\.id)
            #expect(Set(stored).count == stored.count, "no absence is saved twice")
            let missing = Set(acknowledged).subtracting(stored)
            #expect(missing.isEmpty, "acknowledged but lost: \(missing.sorted())")
            // Each save appended exactly one absence to the document created at revision 1.
            #expect(employee.revision == stored.count + 1)
            // Every acknowledged save is in the audit log (appended before the ack).
            let logged = Set(store.auditLog().map(\.summary))
            #expect(acknowledged.allSatisfy { logged.contains("added \($0)") })

            // Nothing is left but the store's own files and, perhaps, temporary files of
            // interrupted writes, which loading ignored above.
            let top = try FileManager.default.contentsOfDirectory(atPath: root)
            let strays = try FileManager.default.contentsOfDirectory(atPath: "\(root)/employees")
                .filter { $0 != "e1.json" } + top.filter { ![".lock", "audit.jsonl", "employees", "organisation.json"].contains($0) }
            #expect(strays.allSatisfy { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }, "unexpected files: \(strays)")
        }
    }
}

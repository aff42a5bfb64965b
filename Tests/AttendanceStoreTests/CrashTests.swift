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
                for line in lines where line.hasPrefix("ack ") {
                    acknowledged.append(String(line.dropFirst(4)))
                }
            }
            #expect(killedMidRun == rounds)
            #expect(acknowledged.count >= 10, "the writer should get some saves done between kills")

            let store = FileStore(root: root)
            let snapshot = try store.load()
            #expect(snapshot.problems.isEmpty, "\(snapshot.problems)")
            let employee = try #require(snapshot.employee("e1"))
            let organisation = snapshot.organisation
            let records = employee.absences.map(\.id) + employee.sicknessCalls.map(\.id) + employee.contacts.map(\.id)
                + employee.fitNotes.map(\.id) + employee.interviews.map(\.id) + employee.meetings.map(\.id)
                + employee.stages.map(\.id) + employee.ohReferrals.map(\.id) + organisation.teams.map(\.id)
            #expect(Set(records).count == records.count, "no record is saved twice")
            let missing = Set(acknowledged).subtracting(records)
            #expect(missing.isEmpty, "acknowledged but lost: \(missing.sorted())")
            // Every kind of save was killed at some point and landed at others.
            #expect(Set(acknowledged.map { $0.contains("-") ? String($0.prefix { $0 != "-" }) : "absence" }).count >= 5, "\(acknowledged)")

            // Every landed revision has exactly one history entry, in order, and no entry claims a
            // change that did not land: each "added X" names a record that is there.
            for (file, history, revision) in [("e1", employee.history, employee.revision),
                                              ("organisation", organisation.history, organisation.revision)] {
                #expect(history.map(\.revision) == Array(1...revision), "\(file): \(history.map(\.revision))")
                let claimed = history.dropFirst().map { String($0.summary.dropFirst("added ".count)) }
                #expect(Set(claimed).count == claimed.count, "\(file): a change is recorded twice")
                #expect(claimed.allSatisfy(records.contains), "\(file): an entry claims a change that is not there")
            }
            // Each employee save added one absence (and its record): one entry each.
            #expect(employee.revision == employee.absences.count + 1)
            #expect(organisation.revision == organisation.teams.count + 1)

            // Nothing is left but the store's own files and, perhaps, temporary files of
            // interrupted writes, which loading ignored above.
            let top = try FileManager.default.contentsOfDirectory(atPath: root)
            let strays = try FileManager.default.contentsOfDirectory(atPath: "\(root)/employees")
                .filter { $0 != "e1.json" } + top.filter { ![".lock", "employees", "organisation.json"].contains($0) }
            #expect(strays.allSatisfy { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }, "unexpected files: \(strays)")
        }
    }
}

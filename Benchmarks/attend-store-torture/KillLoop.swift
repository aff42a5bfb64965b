#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttendanceStore
import Foundation

/// `kill-loop <storeDir> <rounds>`: starts a writer (this program, `write`) again and again and
/// kills it with SIGKILL at a random moment each time, then checks the store: it loads with no
/// problem, every acknowledged save is there, no record is there twice, every landed revision
/// has exactly one history entry and no entry claims a change that did not land. Prints the
/// figures and each violation; exits 1 on any.
enum KillLoop {
    static func run(root: String, rounds wanted: Int, maxDelayMilliseconds: Int = 150) throws -> [String] {
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var acknowledged: [String] = []
        var killedMidRun = 0
        var rounds = 0
        var violations: [String] = []
        let started = Date()
        // One save run to the end first: it creates the store and times how long a writer takes
        // to start on this machine now, so the kills land during saves even on a busy machine.
        let first = Process()
        first.executableURL = URL(fileURLWithPath: binary)
        first.arguments = ["write", root, "1"]
        first.standardOutput = FileHandle.nullDevice
        try first.run()
        first.waitUntilExit()
        guard first.terminationStatus == 0 else { return ["the first writer failed with status \(first.terminationStatus)"] }
        let startup = Int(Date().timeIntervalSince(started) * 1000)
        let spread = max(maxDelayMilliseconds, 2 * startup)
        // `wanted` kills; when too few saves were acknowledged to prove anything, up to as many
        // again with longer delays.
        while rounds < wanted || (acknowledged.count < 10 && rounds < 2 * wanted) {
            let delay = rounds < wanted ? Int.random(in: 0...spread) : Int.random(in: spread...(4 * spread))
            rounds += 1
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["write", root, "1000000"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            usleep(useconds_t(delay * 1000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedMidRun += 1
            }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationReason == .exit {
                violations.append("the writer stopped by itself with status \(process.terminationStatus)")
            }
            // Only whole lines count (each ack is one write, so none should be cut short).
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeLast()
            acknowledged += lines.filter { $0.hasPrefix("ack ") }.map { String($0.dropFirst(4)) }
        }
        if acknowledged.count < 10 { violations.append("only \(acknowledged.count) saves were acknowledged in \(rounds) rounds") }

        let store = FileStore(root: root)
        let snapshot = try store.load()
        if !snapshot.problems.isEmpty { violations.append("the store has problems: \(snapshot.problems)") }
        guard let employee = snapshot.employee("e1") else { return violations + ["employees/e1.json is missing"] }
        let organisation = snapshot.organisation
        let records = employee.absences.map(\.id) + employee.sicknessCalls.map(\.id) + employee.contacts.map(\.id)
            + employee.fitNotes.map(\.id) + employee.interviews.map(\.id) + employee.meetings.map(\.id)
            + employee.stages.map(\.id) + employee.ohReferrals.map(\.id) + organisation.teams.map(\.id)
        if Set(records).count != records.count { violations.append("a record is saved twice") }
        let missing = Set(acknowledged).subtracting(records)
        if !missing.isEmpty { violations.append("acknowledged but lost: \(missing.sorted())") }
        let kindsAcknowledged = Set(acknowledged.map { $0.contains("-") ? String($0.prefix { $0 != "-" }) : "absence" })
        if acknowledged.count >= 50 && kindsAcknowledged.count < 5 { violations.append("only these kinds of save landed: \(kindsAcknowledged.sorted())") }
        for (file, history, revision) in [("employees/e1.json", employee.history, employee.revision),
                                          ("organisation.json", organisation.history, organisation.revision)] {
            if history.map(\.revision) != Array(1...max(revision, 1)) { violations.append("\(file): history revisions \(history.map(\.revision)), revision \(revision)") }
            let claimed = history.dropFirst().map { String($0.summary.dropFirst("added ".count)) }
            if Set(claimed).count != claimed.count { violations.append("\(file): a change is recorded twice") }
            if !claimed.allSatisfy(records.contains) { violations.append("\(file): an entry claims a change that is not there") }
        }
        if employee.revision != employee.absences.count + 1 { violations.append("e1 revision \(employee.revision) for \(employee.absences.count) absences") }
        if organisation.revision != organisation.teams.count + 1 { violations.append("organisation revision \(organisation.revision) for \(organisation.teams.count) teams") }
        // Nothing is left but the store's own files and temporary files of interrupted writes.
        let top = try FileManager.default.contentsOfDirectory(atPath: root)
        let strays = try FileManager.default.contentsOfDirectory(atPath: "\(root)/employees").filter { $0 != "e1.json" }
            + top.filter { ![".lock", "employees", "organisation.json"].contains($0) }
        if !strays.allSatisfy({ $0.hasPrefix(".") && $0.hasSuffix(".tmp") }) { violations.append("unexpected files: \(strays)") }

        let seconds = Date().timeIntervalSince(started)
        print("kill-loop: \(rounds) rounds, \(killedMidRun) killed mid-run, \(acknowledged.count) saves acknowledged, "
              + "\(employee.revision + organisation.revision) revisions landed with \(employee.history.count + organisation.history.count) history entries, "
              + "\(missing.count) lost, \(violations.count) violations, \(String(format: "%.1f", seconds)) s")
        return violations
    }
}

// The store's fault tools, for the fault suite in `swift test` and for longer runs by hand
// (docs/store-format.md gives the figures):
//
//   attend-store-torture write <storeDir> <count>         a writer that acknowledges each save
//   attend-store-torture kill-loop <storeDir> <rounds>    kill a writer at random, then check the store
//   attend-store-torture fuzz <attend> <iterations> [seed] damage store files, run attend on each
import Foundation

/// Writes a line to standard error and exits with `code`.
func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("attend-store-torture: \(message)\n".utf8))
    exit(code)
}

let usage = "usage: attend-store-torture write <storeDir> <count> | kill-loop <storeDir> <rounds> | fuzz <attend> <iterations> [seed]"
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch (arguments.first, arguments.count) {
    case ("write"?, 3):
        guard let count = Int(arguments[2]), count >= 0 else { fail(usage, code: 2) }
        try TortureWriter.run(root: arguments[1], count: count)
    case ("kill-loop"?, 3):
        guard let rounds = Int(arguments[2]), rounds > 0 else { fail(usage, code: 2) }
        let violations = try KillLoop.run(root: arguments[1], rounds: rounds)
        for violation in violations { print("VIOLATION \(violation)") }
        exit(violations.isEmpty ? 0 : 1)
    case ("fuzz"?, 3), ("fuzz"?, 4):
        guard let iterations = Int(arguments[2]), iterations > 0 else { fail(usage, code: 2) }
        let seed = arguments.count == 4 ? UInt64(arguments[3]) : 20261203
        guard let seed else { fail(usage, code: 2) }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("attend-fuzz-\(seed)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let failures = try StoreFuzzer(attend: arguments[1], seed: seed, work: work).run(iterations: iterations)
        for failure in failures { print(failure.hasPrefix("  ") ? failure : "FAILURE \(failure)") }
        if failures.isEmpty { try? FileManager.default.removeItem(atPath: work) }
        exit(failures.isEmpty ? 0 : 1)
    default:
        fail(usage, code: 2)
    }
} catch {
    fail("\(error)")
}

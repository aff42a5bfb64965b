#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation

/// Exit status when standard output or standard error could not be written (sysexits' EX_IOERR).
let outputFailedStatus: Int32 = 74

/// Writes out what is buffered and exits; an output that could not be written is reported
/// (on standard error, if that still works) with whether anything was saved, and never exits 0.
func finish(_ status: Int32) -> Never {
    let (output, error) = StandardStreams.shared.finish()
    if let output {
        printError("attend: the output could not be written (\(output)); \(SavedChanges.shared.summary)")
        _ = StandardStreams.shared.finish()
        exit(status == 0 ? outputFailedStatus : status)
    }
    if error != nil && status == 0 { exit(outputFailedStatus) }
    exit(status)
}

// Before anything else: a crash must never stop at the backtracer's interactive prompt.
CrashReports.prepare()

// Bad input exits 2 (not ArgumentParser's 64), so scripts can tell it from a failed rule check (1).
do {
    var command = try Attend.parseAsRoot()
    try command.run()
    finish(0)
} catch let failure as RuleCheckFailed {
    _ = failure
    finish(1)
} catch let error as BadInput {
    printError("attend: \(error.message)")
    finish(2)
} catch {
    let code = Attend.exitCode(for: error)
    if code == .success {
        // --help and --version.
        print(Attend.fullMessage(for: error))
        finish(0)
    }
    printError(Attend.fullMessage(for: error))
    finish(2)
}

import ArgumentParser
import Foundation

// Bad input exits 2 (not ArgumentParser's 64), so scripts can tell it from a failed rule check (1).
do {
    var command = try Attend.parseAsRoot()
    try command.run()
} catch let failure as RuleCheckFailed {
    _ = failure
    exit(1)
} catch let error as BadInput {
    FileHandle.standardError.write(Data("attend: \(error.message)\n".utf8))
    exit(2)
} catch {
    let code = Attend.exitCode(for: error)
    if code == .success {
        Attend.exit(withError: error)
    }
    FileHandle.standardError.write(Data((Attend.fullMessage(for: error) + "\n").utf8))
    exit(2)
}

import AttendanceStore
import Foundation

/// Where an export goes: standard output, or a file written so that no one else can read it
/// and no reader ever sees half of it.
enum ExportOutput {
    /// Writes `bytes` to standard output when `path` is nil or `-`, else to the file `path`.
    ///
    /// The file is written like a store file (`DurableFile`): a temporary file in the same folder (0600,
    /// O_EXCL), synced, then renamed over `path`: exports hold personal data, so they are
    /// private from the first byte, and a crash leaves the old file or the new, never a mix.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            StandardStreams.shared.out(bytes)
            return
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw BadInput("--output \(path) is a folder; give a file name, e.g. \(path)/export.csv")
        }
        do {
            try DurableFile.write(Data(bytes), to: path)
        } catch {
            guard case .io(_, let problem) = error else { throw BadInput("cannot write --output \(path): \(error)") }
            throw BadInput("cannot write --output \(path): \(problem); nothing was written")
        }
    }
}

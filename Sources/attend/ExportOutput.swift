#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where an export goes: standard output, or a file written so that no one else can read it
/// and no reader ever sees half of it.
enum ExportOutput {
    /// Writes `bytes` to standard output when `path` is nil or `-`, else to the file `path`.
    ///
    /// The file is written to a temporary file in the same folder (created 0600 with
    /// O_EXCL), synced, then renamed over `path`: exports hold personal data, so they are
    /// private from the first byte, and a crash leaves the old file or the new, never a mix.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw BadInput("--output \(path) is a folder; give a file name, e.g. \(path)/export.csv")
        }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let temporary = "\(folder)/.\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        // 0600 whatever the umask: open's mode is masked, fchmod's is not.
        guard fchmod(fd, 0o600) == 0, writeAll(fd, bytes), fsync(fd) == 0 else {
            let error = failure(path)
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw failure(path) }
        renamed = true
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// Writes every byte, continuing after short writes and EINTR.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if n == 0 { errno = EIO; return false }
                offset += n
            }
            return true
        }
    }

    /// Bad input naming the file and the system's reason (no such folder, permission denied).
    private static func failure(_ path: String) -> BadInput {
        BadInput("cannot write --output \(path): \(String(cString: strerror(errno))); nothing was written")
    }

    #if canImport(Glibc)
    private static let systemWrite = Glibc.write
    #else
    private static let systemWrite = Darwin.write
    #endif
}

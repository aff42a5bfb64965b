#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Crash-safe file primitives: atomic replace (temporary file, fsync, rename, fsync of the
/// folder), durable append, and an exclusive lock. A crash or kill at any instant leaves the
/// old or the new content of a file, never a mix. Public for the executable's exports, drafts
/// and invitations, which hold personal data and must be as safe as the store.
#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

public enum DurableFile {
    /// Replaces `path` with `data` atomically; the file is 0600 from its first byte.
    public static func write(_ data: Data, to path: String) throws(StoreError) {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        let temporary = "\(directory)/.\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: path, problem: errorText()) }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        // 0600 whatever the umask: open's mode is masked, fchmod's is not.
        guard fchmod(fd, 0o600) == 0, writeAll(fd, data) else {
            let problem = errorText()
            close(fd)
            throw .io(path: path, problem: problem)
        }
        guard fsync(fd) == 0 else {
            let problem = errorText()
            close(fd)
            throw .io(path: path, problem: problem)
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw .io(path: path, problem: errorText()) }
        ok = true
        syncDirectory(directory)
    }

    /// Appends one line to `path` (created 0600) and syncs it. When the file does not end
    /// with a newline (a line torn by a crash), a newline is written first, so the torn line
    /// stays on its own and is skipped by readers instead of swallowing this one.
    /// Callers hold the store lock, so appends never interleave.
    static func append(line: Data, to path: String) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: path, problem: errorText()) }
        defer { close(fd) }
        var bytes = line
        let size = lseek(fd, 0, SEEK_END)
        if size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, size - 1) == 1, last != UInt8(ascii: "\n") {
                bytes = Data("\n".utf8) + line
            }
        }
        guard writeAll(fd, bytes), fsync(fd) == 0 else { throw .io(path: path, problem: errorText()) }
    }

    /// Writes every byte, continuing after short writes and EINTR.
    static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
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

    /// Creates a folder 0700 (and its parents) if missing.
    static func makeDirectory(_ path: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io(path: path, problem: "\(error.localizedDescription)")
        }
        chmod(path, 0o700)
    }

    /// Runs `body` holding an exclusive lock on `lockPath` (flock), so two processes never
    /// interleave a read-check-write. The lock is released if the process dies.
    static func withLock<T>(_ lockPath: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: lockPath, problem: errorText()) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw .io(path: lockPath, problem: errorText()) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}

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
    /// Refuses to replace anything but a regular file: a link, folder, FIFO or device there
    /// is named in the error and left alone (renaming over `/dev/full` would replace the device).
    /// `durable: false` skips the two fsyncs: still atomic and safe against a crash or kill of
    /// the process, not against a power cut (for a form draft written at every keystroke).
    public static func write(_ data: Data, to path: String, durable: Bool = true) throws(StoreError) {
        let kind = FileKind.of(path)
        guard kind == .missing || kind == .regular else {
            throw .io(path: path, problem: "it is \(kind.description), not a file, so it was left alone")
        }
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
        adoptFolderOwner(fd, folder: directory)
        guard fchmod(fd, 0o600) == 0, writeAll(fd, data) else {
            let problem = errorText()
            close(fd)
            throw .io(path: path, problem: problem)
        }
        guard !durable || fsync(fd) == 0 else {
            let problem = errorText()
            close(fd)
            throw .io(path: path, problem: problem)
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw .io(path: path, problem: errorText()) }
        ok = true
        if durable { syncDirectory(directory) }
    }

    /// The bytes of the regular file at `path`, read without following a link and without
    /// blocking on a FIFO; `file` names it in errors. A file over `limit` bytes is damaged and
    /// not read at all (a hostile 2 GB file must not be parsed). Nil when nothing is there.
    public static func readFile(_ path: String, file: String, limit: Int) throws(StoreError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            let kind = FileKind.of(path)
            if kind != .regular, kind != .missing {
                throw .damaged(file: file, problem: "is \(kind.description), not a file; attend reads only plain files in a store")
            }
            if code == EACCES || code == EPERM { throw .damaged(file: file, problem: "permission denied (check its owner and permissions)") }
            throw .damaged(file: file, problem: String(cString: strerror(code)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .damaged(file: file, problem: errorText()) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .damaged(file: file, problem: "is \(FileKind.of(mode: info.st_mode, path: path).description), not a file; attend reads only plain files in a store")
        }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw .damaged(file: file, problem: "is \(size) bytes, over the \(limit) bytes a store document may hold, so it was not read")
        }
        var data = Data(count: size)
        var offset = 0
        let ok = data.withUnsafeMutableBytes { raw -> Bool in
            while offset < size {
                let n = read(fd, raw.baseAddress.map { $0 + offset }, size - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if n == 0 { break }
                offset += n
            }
            return true
        }
        guard ok else { throw .damaged(file: file, problem: errorText()) }
        // A file that shrank while it was read (it is replaced by rename, so rarely) is read as it was.
        return offset == size ? data : data.prefix(offset)
    }

    /// Running as root in someone else's folder, a new file is given to the folder's owner, so
    /// that a `sudo attend ...` never leaves a store file its owner can no longer read.
    static func adoptFolderOwner(_ fd: Int32, folder: String) {
        guard geteuid() == 0 else { return }
        var info = stat()
        guard stat(folder, &info) == 0, info.st_uid != 0 else { return }
        _ = fchown(fd, info.st_uid, info.st_gid)
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
        if geteuid() == 0 {
            var parent = stat()
            let folder = (path as NSString).deletingLastPathComponent
            if stat(folder.isEmpty ? "." : folder, &parent) == 0, parent.st_uid != 0 { _ = chown(path, parent.st_uid, parent.st_gid) }
        }
    }

    /// Runs `body` holding an exclusive lock on `lockPath` (flock), so two processes never
    /// interleave a read-check-write. The lock is released if the process dies.
    static func withLock<T>(_ lockPath: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        // Never through a link (it could create a file anywhere), and never a FIFO (it would block).
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard fd >= 0 else {
            let problem = errorText()
            let kind = FileKind.of(lockPath)
            if kind != .regular && kind != .missing {
                throw .io(path: lockPath, problem: "it is \(kind.description), not a file; remove it (attend recreates it)")
            }
            throw .io(path: lockPath, problem: problem)
        }
        defer { close(fd) }
        adoptFolderOwner(fd, folder: (lockPath as NSString).deletingLastPathComponent)
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw .io(path: lockPath, problem: "it is \(FileKind.of(mode: info.st_mode, path: lockPath).description), not a file; remove it (attend recreates it)")
        }
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What stands at a path, without following a symbolic link there: so that a link, folder,
/// FIFO or device where a store file should be is reported as exactly that (and never
/// written through, replaced or read until it blocks).
public enum FileKind: Hashable, Sendable {
    case missing
    case regular
    case directory
    case symlink(target: String)
    case fifo
    case device
    case socket

    /// The kind at `path` (`lstat`).
    public static func of(_ path: String) -> FileKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        return of(mode: info.st_mode, path: path)
    }

    static func of(mode: mode_t, path: String) -> FileKind {
        switch mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink(target: (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        default: return .device
        }
    }

    /// "a symbolic link to /etc/passwd", "a folder", ... for messages.
    public var description: String {
        switch self {
        case .missing: "missing"
        case .regular: "a file"
        case .directory: "a folder"
        case .symlink(let target): "a symbolic link to \(target)"
        case .fifo: "a FIFO (named pipe)"
        case .device: "a device"
        case .socket: "a socket"
        }
    }
}

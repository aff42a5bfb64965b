#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cheap fingerprint of a store: equal stamps mean nothing was saved in between. For the
/// folder, every save (by this or any other process) renames a new file into place, which
/// changes the organisation file's identity or the `employees` folder's modification time; a
/// database backend gives its own change counter (`init(parts:)`).
public struct StoreStamp: Hashable, Sendable {
    let organisation: [Int]
    let employees: [Int]

    public init(parts: [Int]) {
        organisation = parts
        employees = []
    }

    /// Reads the stamp of the store at `root`: two `lstat` calls, no file contents.
    public init(root: String) {
        organisation = Self.identity("\(root)/organisation.json")
        employees = Self.identity("\(root)/employees")
    }

    /// A file's version for a reload: inode, size and modification time as text, nil when it
    /// cannot be looked at.
    static func fileVersion(_ path: String) -> String? {
        let parts = identity(path)
        return parts.isEmpty ? nil : parts.map(String.init).joined(separator: ":")
    }

    static func identity(_ path: String) -> [Int] {
        var info = stat()
        guard lstat(path, &info) == 0 else { return [] }
        #if canImport(Glibc)
        let modified = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        #else
        let modified = [Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
        #endif
        return [Int(info.st_ino), Int(info.st_size)] + modified
    }
}

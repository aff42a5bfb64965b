import Foundation

/// What is at a store's path before attend opens or creates a store there, so that `init`
/// never writes into, chmods or replaces what it did not make.
public enum StorePlace: Hashable, Sendable {
    /// `organisation.json` is there: a store.
    case store
    /// Nothing at the path: a store can be made.
    case missing
    /// An empty folder: a store can be made in it (it becomes the store folder, 0700).
    case emptyFolder
    /// attend's own files without `organisation.json`: a damaged store, never an empty place.
    case damagedStore(found: [String])
    /// A folder holding other things.
    case notEmpty(entries: [String])
    /// A symbolic link (to `target`, which may not exist).
    case symlink(target: String)
    /// A file, FIFO or device where a folder should be.
    case notAFolder
    /// A folder this user may not read: permission denied, not "no store".
    case unreadable

    /// The names attend writes in a store folder.
    static let attendNames: Set<String> = ["organisation.json", "employees", "audit.jsonl", ".lock", "invitations", "exports", "drafts", "letters"]

    /// What is at `path` (not following a symlink at the path itself).
    public static func inspect(_ path: String) -> StorePlace {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            return .symlink(target: target)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return .notAFolder }
        guard access(path, R_OK | X_OK) == 0, let listing = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return .unreadable
        }
        let entries = listing.sorted()
        var organisation = stat()
        if lstat("\(path)/organisation.json", &organisation) == 0, (organisation.st_mode & S_IFMT) == S_IFREG { return .store }
        let ours = entries.filter { attendNames.contains($0) }
        if !ours.isEmpty { return .damagedStore(found: ours) }
        return entries.isEmpty ? .emptyFolder : .notEmpty(entries: entries)
    }

    /// Why no store can be created at `path`, or nil when one can.
    public static func refusalToCreate(at path: String) -> String? {
        switch inspect(path) {
        case .missing, .emptyFolder: return nil
        case .store: return "a store already exists at \(path); nothing was changed (use another --store, or work with this one)"
        case .damagedStore(let found):
            return "\(path) is a damaged attend store: it holds \(found.joined(separator: ", ")) but no organisation.json. Nothing was changed and nothing will be written over it. Restore organisation.json from a backup (the employee files are intact); `attend init` never creates a store over one"
        case .notEmpty(let entries):
            let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            return "\(path) is not empty (\(entries.count) entr\(entries.count == 1 ? "y" : "ies"): \(shown)); attend creates a store only in a missing or empty folder, so nothing was changed. Choose a new folder, e.g. --store \(path)/attend"
        case .symlink(let target):
            return "\(path) is a symbolic link to \(target); attend does not create a store through a link, so nothing was changed. If you meant that folder, give it as --store \(target)"
        case .notAFolder:
            return "\(path) is a file, not a folder; nothing was changed. Choose a new folder for the store"
        case .unreadable:
            return "\(path): permission denied (this user cannot read the folder); nothing was changed"
        }
    }

    /// For commands that need a store: what to say when there is none at `path`, or nil
    /// when there is one.
    public static func absence(at path: String, createHint: String) -> String? {
        switch inspect(path) {
        case .store: return nil
        case .damagedStore(let found):
            return "\(path) is a damaged attend store: it holds \(found.joined(separator: ", ")) but no organisation.json, so it cannot be opened. Nothing was changed. Restore organisation.json from a backup; do not run `attend init` there (it refuses)"
        case .symlink(let target) where !FileManager.default.fileExists(atPath: path):
            return "\(path) is a symbolic link to \(target), which does not exist; nothing was changed"
        case .missing, .emptyFolder:
            return "no attend store at \(path); \(createHint)"
        case .unreadable:
            return "\(path): permission denied; this user cannot read the store folder (check its owner and permissions with `ls -ld \(path)`). Nothing was changed"
        case .notEmpty, .notAFolder, .symlink:
            // Through a link to a real store, `exists` answers; otherwise this is no store.
            if FileManager.default.fileExists(atPath: "\(path)/organisation.json") { return nil }
            return "no attend store at \(path): it holds other files, so attend will not create one there; give --store a new folder"
        }
    }
}

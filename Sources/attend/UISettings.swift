import AttendanceStore
import Foundation

/// The terminal UI's own settings, one small file per user under the XDG config folder
/// (`$XDG_CONFIG_HOME/attend/settings.json`, else `~/.config/attend/settings.json`; folder
/// 0700, file 0600, replaced atomically): the manager last chosen with `m`, per store, so the
/// UI opens on "my team". It holds ids only, no personal data. A missing or unreadable file is
/// the same as no choice; it is never a reason not to open.
struct UISettings: Codable, Equatable {
    /// Store folder → the manager id last chosen there ("" for everyone).
    var lastManager: [String: String] = [:]

    static var path: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/attend/settings.json"
    }

    static func load(from path: String = Self.path) -> UISettings {
        guard let data = try? DurableFile.readFile(path, file: "settings.json", limit: 1 << 20) else { return UISettings() }
        return (try? JSONDecoder().decode(UISettings.self, from: data)) ?? UISettings()
    }

    /// Writes the file; the reason it could not be written, or nil.
    func save(to path: String = Self.path) -> String? {
        do {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try DurableFile.write(try encoder.encode(self), to: path)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The manager the UI opens on: `--open-on` (an id or a name), else this user's last
    /// choice for the store (while that manager is still in it), else the organisation's
    /// default, else everyone.
    static func openingManager(asked: String?, settings: UISettings, store: String, organisation: OrganisationDocument) throws -> String? {
        let ids = Set(organisation.managers.map(\.id))
        if let asked {
            let folded = EmployeeLookup.fold(asked)
            let matches = organisation.managers.filter { $0.id == asked || EmployeeLookup.fold($0.name) == folded || EmployeeLookup.fold($0.id) == folded }
            guard matches.count == 1 else {
                let known = organisation.managers.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
                throw BadInput("--open-on \(TextRules.quoted(asked)) is not a manager in the store; expected one of \(known.isEmpty ? "none: the store has no managers" : known)")
            }
            return matches[0].id
        }
        if let last = settings.lastManager[store] {
            if last.isEmpty { return nil }  // everyone, chosen with m
            if ids.contains(last) { return last }  // a manager since removed falls through
        }
        return organisation.defaultManager.flatMap { ids.contains($0) ? $0 : nil }
    }
}

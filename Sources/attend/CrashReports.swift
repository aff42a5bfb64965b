#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttendanceStore
import Foundation

/// Where a crash goes, so a manager never meets the Swift runtime's interactive backtracer
/// ("Press space to interact", a 30-second wait with the typed form on the line). The runtime
/// reads `SWIFT_BACKTRACE` once, as the process starts, so attend sets it and re-executes itself
/// before anything else happens: no interaction, and the report written to a private folder
/// instead of over the screen (D-76).
enum CrashReports {
    /// The private folder crash reports go to: `$XDG_STATE_HOME/attend/crashes`, else
    /// `~/.local/state/attend/crashes`.
    static var folder: String? {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return "\(state)/attend/crashes" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return "\(home)/.local/state/attend/crashes"
    }

    /// The backtracer settings: never interactive, no colour, no registers or memory (which can
    /// hold fragments of private text), into the folder when it could be made.
    static func settings(folder: String?) -> String {
        var settings = "interactive=no,color=no,registers=none,images=none,sanitize=yes"
        if let folder { settings += ",output-to=\(folder)" }
        return settings
    }

    /// Re-executes attend with the settings when a person may be at the terminal (standard
    /// input and output are both terminals, the only case the backtracer interacts) and the user
    /// has not chosen settings of their own. Returns if it cannot (and attend runs as before).
    static func prepare() {
        #if os(Linux)
        guard getenv("SWIFT_BACKTRACE") == nil, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return }
        let folder = Self.folder.flatMap { makePrivateFolder($0) ? $0 : nil }
        setenv("SWIFT_BACKTRACE", settings(folder: folder), 1)
        var arguments: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) } + [nil]
        // The binary itself, by its real path (so the process keeps its name, not "exe").
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe"
        execv(executable, &arguments)
        // Still here: exec failed. Carry on without the settings rather than not at all.
        unsetenv("SWIFT_BACKTRACE")
        #endif
    }

    /// Makes the folder (and any missing parent) 0700; true when it is a folder, not a link.
    static func makePrivateFolder(_ path: String) -> Bool {
        if FileKind.of(path) == .missing {
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        return FileKind.of(path) == .directory
    }

    /// What the UI prints when it crashes, once the terminal is restored.
    static func message(store: String) -> String {
        var text = "\nattend stopped because of an internal error. Everything saved is safe in \(store); "
            + "a form you were filling in is kept and offered (press D) when attend opens again."
        if let folder, FileKind.of(folder) == .directory {
            text += " A report for the developers is in \(folder)."
        }
        return text + "\n"
    }
}

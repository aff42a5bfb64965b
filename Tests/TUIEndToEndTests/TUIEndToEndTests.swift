import Foundation
import TestSupport
import Testing

/// The built `attend` in a real terminal: a tmux pane on a private socket. Each test polls
/// the pane for a marker (never a fixed sleep) and kills its tmux server when done. The pane
/// runs attend inside a wrapper that prints `EXIT=<status>` and `TTY-RESTORED` (or
/// `TTY-CHANGED`) by comparing `stty -g` before and after.
@Suite(.serialized) struct TUIEndToEndTests {
    static let today = "2026-11-20"

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func visitsEveryScreenResizesAndQuitsWithTheTerminalRestored() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)

        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") && $0.contains("Fri 20/11/2026") }
        for (key, marker) in [("2", "[2 Team calendar]"), ("3", "[3 Year]"), ("4", "[4 Stage timeline]"), ("5", "[5 Person]")] {
            try tmux.sendKeys(key)
            try tmux.waitFor(marker) { $0.contains(marker) }
        }
        try tmux.sendKeys("?")
        try tmux.waitFor("help for the person screen") { $0.contains("Keys: Person") && $0.contains("Esc or ? to close") }
        try tmux.sendKeys("Escape")
        try tmux.waitFor("help closed") { !$0.contains("Esc or ? to close") && $0.contains("[5 Person]") }
        try tmux.sendKeys("Escape")
        try tmux.waitFor("back on the roster") { $0.contains("[1 Team roster]") }

        // Each resize arrives as SIGWINCH → KEY_RESIZE; the next frame fills the new size.
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("an 80x24 roster frame") { screen in
            let lines = Self.lines(screen)
            return lines.count == 24 && lines[0].count == 79 && lines[0].hasSuffix("Fri 20/11/2026")
                && lines[1].hasPrefix("┌") && lines[1].count == 80 && lines[23].contains("q quit")
        }
        try tmux.resize(width: 200, height: 60)
        try tmux.waitFor("a 200x60 frame with every tab") { screen in
            let lines = Self.lines(screen)
            return lines.count == 60 && lines[0].count == 199 && lines[0].contains("[1 Team roster]")
                && lines[0].contains("5 Person") && lines[1].count == 200 && lines[59].contains("q quit")
        }
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("the too-small frame") { $0.contains("Terminal too small: 60x20") && $0.contains("at least 80x24") }
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("the roster again at 120x40") { Self.lines($0).count == 40 && $0.contains("[1 Team roster]") }

        try tmux.sendKeys("q")
        let end = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") && $0.contains("TTY-") }
        #expect(end.contains("EXIT=0"))
        #expect(end.contains("TTY-RESTORED"))
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func sigtermRestoresTheTerminalAndExits143() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(store: store, width: 120, height: 40)
        try tmux.waitFor("the roster") { $0.contains("[1 Team roster]") }
        let pid = try tmux.attendPID()
        #expect(kill(pid, SIGTERM) == 0)
        let end = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") && $0.contains("TTY-") }
        #expect(end.contains("EXIT=143"))
        #expect(end.contains("TTY-RESTORED"))
    }

    @Test(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
    func withNoStoreItOffersTheDemoAndOpensIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("attend-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store").path
        let tmux = try Tmux()
        defer { tmux.killServer() }
        try tmux.startAttend(arguments: ["--store", store, "--today", Self.today], width: 200, height: 30)
        try tmux.waitFor("the question") { $0.contains("No attend store at \(store). Create the demo organisation there? [y/N]") }
        try tmux.sendKeys("y", "Enter")
        try tmux.waitFor("the demo's roster") { $0.contains("[1 Team roster]") && $0.contains("Riverside") }
        try tmux.sendKeys("q")
        let end = try tmux.waitFor("attend to exit") { $0.contains("EXIT=") && $0.contains("TTY-") }
        #expect(end.contains("Created the demo store at \(store)"))
        #expect(end.contains("EXIT=0"))
        #expect(end.contains("TTY-RESTORED"))
    }

    @Test func withoutATerminalItRefusesWithOneLineAndExitTwo() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let run = try Attend.run(["--store", store.path, "--today", Self.today])
        #expect(run.status == 2)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("attend: "))
        #expect(run.err.contains("needs an interactive terminal"))
        #expect(run.err.split(separator: "\n").count == 1)
    }

    @Test func withoutATerminalOrAStoreItRefusesAndNamesTheDemoCommand() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("attend-e2e-none-\(UUID().uuidString)").path
        let run = try Attend.run(["--store", missing])
        #expect(run.status == 2)
        #expect(run.err.contains("attend init --demo --store \(missing)"))
        #expect(run.err.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func dumpFramePrintsTheFrameAfterTheKeys() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let roster = try Attend.run(["--dump-frame", "80x24", "--store", store.path, "--today", Self.today])
        #expect(roster.status == 0)
        let lines = Self.lines(roster.out)
        #expect(lines.count == 24)
        #expect(lines[0].contains("[1 Team roster]") && lines[0].hasSuffix("Fri 20/11/2026"))

        let help = try Attend.run(["--dump-frame", "120x40", "--keys", "j,j,2,?", "--store", store.path, "--today", Self.today])
        #expect(help.status == 0)
        #expect(help.out.contains("[2 Team calendar]"))
        #expect(help.out.contains("Keys: Team calendar"))
    }

    @Test func dumpFrameRefusesAnUnknownKeyOrSize() throws {
        let store = try DemoStore()
        defer { store.remove() }
        let key = try Attend.run(["--dump-frame", "80x24", "--keys", "Up,Sideways", "--store", store.path])
        #expect(key.status == 2)
        #expect(key.err.contains("'Sideways' is not a key"))
        let size = try Attend.run(["--dump-frame", "80by24", "--store", store.path])
        #expect(size.status == 2)
        #expect(size.err.contains("expected WIDTHxHEIGHT"))
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// The `attend` built next to this test bundle.
enum Attend {
    typealias Run = AttendBinary.Run

    static var binary: URL { AttendBinary.url() }

    /// Runs attend with stdin from /dev/null and stdout and stderr captured: no terminal.
    static func run(_ arguments: [String]) throws -> Run { try AttendBinary.run(arguments) }
}

/// The demo organisation as of 20/11/2026 in a temporary folder, made by `attend init --demo`.
struct DemoStore {
    let directory: URL
    var path: String { directory.appendingPathComponent("store").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("attend-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let run = try Attend.run(["init", "--demo", "--store", directory.appendingPathComponent("store").path, "--today", TUIEndToEndTests.today])
        guard run.status == 0 else { throw Failure("attend init --demo failed: \(run.err)") }
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A tmux server of our own (`-L attend-e2e-<random>`), so tests never touch a user's tmux.
final class Tmux {
    static let path: URL? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    let socket = "attend-e2e-\(UInt32.random(in: 0...UInt32.max))"
    let work: URL
    let session = "attend"
    /// The server inherits this: a UTF-8 locale (else attend takes the ASCII fallback) and no
    /// interactive backtrace, which would wait 30 s on a crash.
    let environment: [String: String] = {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["LC_ALL"] = nil
        // ncurses would take these over the pane's size (the headless tests set them).
        env["LINES"] = nil
        env["COLUMNS"] = nil
        env["LANG"] = "C.UTF-8"
        env["SWIFT_BACKTRACE"] = "interactive=no"
        return env
    }()

    init() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    /// Runs a tmux command on our server and returns its standard output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        guard let path = Self.path else { throw Failure("tmux is not installed") }
        let outPath = work.appendingPathComponent("tmux.out").path, errPath = work.appendingPathComponent("tmux.err").path
        let status = try Spawn.run(path.path, ["-L", socket] + arguments, environment: environment, stdout: outPath, stderr: errPath)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let message = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw Failure("tmux \(arguments.joined(separator: " ")) failed (\(status)): \(message)")
        }
        return output
    }

    /// Starts attend on the store in a pane of this size, inside the exit/tty-check wrapper.
    func startAttend(store: DemoStore, width: Int, height: Int) throws {
        try startAttend(arguments: ["--store", store.path, "--today", TUIEndToEndTests.today], width: width, height: height)
    }

    /// Starts attend with these arguments in a pane of this size, inside the wrapper.
    /// `environment` is set and `unset` removed for attend only (through `env`).
    func startAttend(arguments: [String], width: Int, height: Int, environment: [String: String] = [:], unset: [String] = []) throws {
        let script = work.appendingPathComponent("run.sh")
        try """
            #!/bin/bash
            # $1: file for attend's pid; the rest: the command. exec keeps the pid for kill.
            pidfile=$1; shift
            before=$(stty -g)
            sh -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "$@"
            echo "EXIT=$?"
            if [ "$(stty -g)" = "$before" ]; then echo TTY-RESTORED; else echo TTY-CHANGED; fi
            sleep 600

            """.write(to: script, atomically: true, encoding: .utf8)
        let env = ["env"] + unset.flatMap { ["-u", $0] } + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = (["bash", script.path, pidFile.path] + env + [Attend.binary.path] + arguments)
            .map(Self.quoted).joined(separator: " ")
        try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command])
    }

    var pidFile: URL { work.appendingPathComponent("attend.pid") }

    /// attend's process id, as the wrapper recorded it.
    func attendPID() throws -> pid_t {
        let text = try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text) else { throw Failure("no pid in \(pidFile.path)") }
        return pid
    }

    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", session])
    }

    /// Polls the pane every 50 ms until `condition` holds; fails with the last screen after
    /// `timeout` seconds.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            usleep(50_000)
        }
        throw Failure("timed out after \(Int(timeout)) s waiting for \(what); the pane shows:\n\(screen)")
    }

    /// Ends the server and everything in its panes; tmux leaves its socket file behind.
    func killServer() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: work)
        let directory = environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(directory)/tmux-\(getuid())/\(socket)")
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// Starts tmux with posix_spawn rather than Foundation's `Process`, for three reasons:
/// - `new-session` forks the tmux server, which keeps every descriptor the client had. `Process`
///   learns that its child exited when a socket it passed down closes, so it would wait for
///   the server forever. Here a bash trampoline closes every descriptor above 2 in the child
///   before exec'ing tmux, which also catches descriptors another test's `Process` was
///   setting up at that moment (glibc's closefrom file action is not visible to Swift).
/// - The test runner's worker threads block most signals and a spawned process inherits that
///   mask, so the server and the panes would never see SIGWINCH or SIGTERM: the mask is cleared.
/// - Inherited ignored signals (SIGPIPE, SIGINT) are put back to their defaults.
enum Spawn {
    static func run(_ path: String, _ arguments: [String], environment: [String: String], stdout: String, stderr: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signo in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGWINCH, SIGTSTP, SIGCHLD] { sigaddset(&defaults, signo) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let trampoline = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi; done; exec "$@""#
        let argv = (["/bin/bash", "-c", trampoline, "spawn", path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let result = posix_spawn(&pid, "/bin/bash", &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure("cannot start \(path): error \(result)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

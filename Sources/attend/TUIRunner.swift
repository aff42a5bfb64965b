import AttendanceLetters
import AttendancePostgres
import AttendanceRules
import AttendanceStore
import Foundation
import TUICore
import TUINCurses

/// `attend` with no subcommand: the terminal UI on the store, or with `--dump-frame` its frame
/// as text. Wires the store, the pure core (`AppReducer`, `AppView`) and the ncurses backend
/// (`Terminal`); nothing here draws or decides what a key means.
@MainActor
enum TUIRunner {
    /// Opens the UI and returns when the user quits. Refuses (bad input, exit 2, one line) when
    /// there is no usable terminal; exits 128 + the signal number after SIGINT, SIGTERM, SIGHUP
    /// or SIGQUIT, with the terminal restored.
    static func run(storeOptions: StoreOptions, manager: String? = nil, mouse: Bool = true) throws {
        let location = storeOptions.location
        let size: (width: Int, height: Int)?
        do {
            size = try Terminal.preflight()
        } catch let error as TerminalError {
            if case .notATerminal = error, !storeOptions.isServer, !FileStore(root: location).exists {
                throw BadInput("\(error), and there is no attend store at \(location) to open; create the demo with `attend init --demo --store \(InitCommand.shellQuoted(location))`")
            }
            throw BadInput("\(error)")
        }
        if let size, size.width < AppState.minimumWidth || size.height < AppState.minimumHeight {
            throw BadInput("the terminal is \(size.width)x\(size.height); the terminal UI needs at least \(AppState.minimumWidth)x\(AppState.minimumHeight) (enlarge the window and try again)")
        }
        if storeOptions.isServer {
            // A database is set up by HR (`attend init` or `attend store copy`), never offered here.
            if !(try storeOptions.storeExists()) { _ = try storeOptions.load() }
        } else if !FileStore(root: location).exists {
            // The demo is offered only where a store could be made; a damaged store or a
            // folder of other files is reported instead (issue 11).
            if StorePlace.refusalToCreate(at: location) != nil { _ = try storeOptions.load() }
            try offerDemo(storeOptions)
        }

        let (data, stamp) = try loadData(storeOptions, reportProblems: true)
        let settings = UISettings.load()
        let openOn = try UISettings.openingManager(asked: manager, settings: settings, store: location, organisation: data.organisation)
        exitIfSignalled()

        let terminal: Terminal
        do {
            StandardStreams.shared.flush()
            Terminal.whenCrashing(say: CrashReports.message(store: location))
            terminal = try Terminal.start(options: TerminalOptions(mouse: mouse))
        } catch {
            throw BadInput("\(error)")
        }
        let (signal, kept) = loop(terminal, data: data, stamp: stamp, storeOptions: storeOptions, manager: openOn, settings: settings,
                                  greeting: connectionGreeting(storeOptions, data: data))
        terminal.stop()
        if kept > 0 {
            // Through StandardStreams (write(2), failures reported), never FileHandle.write, which traps.
            printError("attend: \(kept == 1 ? "a form was" : "\(kept) forms were") left unsaved and \(kept == 1 ? "is" : "are") kept in \(draftPath(storeOptions)); press D next time to resume.")
            StandardStreams.shared.flush()
        }
        if signal != 0 { exit(128 + signal) }
    }

    /// On a database: who the connected role is and whose people it sees, as the database
    /// enforces it (`attend store access` says more); nil for a folder.
    static func connectionGreeting(_ storeOptions: StoreOptions, data: AppData) -> String? {
        guard let store = try? storeOptions.recordStore() as? PostgresStore, let access = try? store.connectedAccess() else { return nil }
        let name = data.organisation.managers.first { $0.id == access.managerId }?.name
        return access.shortDescription(server: store.settings.server, people: data.snapshot.employees.count, managerName: name)
    }

    /// The store as the UI sees it, with the stamp read just before it, so a save that lands
    /// while the store is being read is seen at the next check. After `previous`, only what
    /// changed is read (where the backend can tell) and only the changed people evaluated again.
    static func loadData(_ storeOptions: StoreOptions, reportProblems: Bool, previous: AppData? = nil) throws -> (AppData, StoreStamp) {
        let stamp = try storeOptions.recordStore().changeStamp()
        let context = try storeOptions.load(reportProblems: reportProblems, after: previous?.snapshot)
        return (appData(context, storeOptions, previous: previous), stamp)
    }

    /// The UI's data for a loaded store, with each policy's letter templates (HR's own over
    /// the shipped ones); a letters folder that cannot be read leaves the shipped ones.
    static func appData(_ context: StoreContext, _ storeOptions: StoreOptions, previous: AppData? = nil) -> AppData {
        var templates: [String: LetterTemplates] = [:]
        for policy in context.policies {
            templates[policy.id] = (try? DataOptions.letterTemplates(for: policy.id, folder: storeOptions.data.lettersFolder))
                ?? (try? DataOptions.letterTemplates(for: policy.id, folder: nil))
        }
        return AppData(snapshot: context.snapshot, policies: context.policies, holidays: context.holidays, today: context.today,
                       letterTemplates: templates, actor: context.actor, reusing: previous)
    }

    /// How often the store is checked for changes saved by another process.
    static let watchInterval = Duration.milliseconds(500)

    /// The event loop: input → reducer → effects → view → terminal. Returns 0 when the user
    /// quits, else the termination signal that arrived, and how many unsaved forms are kept.
    static func loop(_ terminal: Terminal, data: AppData, stamp initialStamp: StoreStamp, storeOptions: StoreOptions,
                     manager: String?, settings initialSettings: UISettings, greeting: String? = nil) -> (signal: Int32, kept: Int) {
        let (width, height) = terminal.size
        var state = AppState(data: data, width: width, height: height)
        state.asciiOnly = !terminal.isUTF8
        state.roster.manager = manager
        if let greeting {
            state.message = greeting
        } else if let name = data.organisation.managers.first(where: { $0.id == manager })?.name {
            state.message = "Showing \(name)'s people; m switches manager."
        }
        // The manager chosen with m is remembered for the next start (UISettings).
        var settings = initialSettings
        var shownManager = manager
        func rememberManager() {
            guard state.roster.manager != shownManager else { return }
            shownManager = state.roster.manager
            settings.lastManager[storeOptions.location] = shownManager ?? ""
            if let problem = settings.save() { state.message = "Could not remember the manager for next time (\(UISettings.path): \(problem))." }
        }
        var stamp = initialStamp
        var lastCheck = ContinuousClock.now
        let background = BackgroundReload()
        var dataGeneration = 0
        state.clockMinute = Today.now().minuteOfDay
        var drafts = KeptDrafts(path: draftPath(storeOptions))
        state.pendingDrafts = drafts.taken
        if let draft = state.pendingDrafts.first {
            state.message = state.pendingDrafts.count == 1
                ? "\(draft.title) for \(data.employee(draft.employeeId)?.name ?? draft.employeeId) was not saved last time: press D to resume it."
                : "\(state.pendingDrafts.count) forms were not saved last time: press D to choose one to resume."
        }
        // Whatever ends the loop, an unsaved form is in the store folder, durably.
        defer { drafts.keep(state.keptDrafts, durably: true) }
        func ending(_ signal: Int32) -> (Int32, Int) { (signal, state.keptDrafts.count) }
        terminal.draw(AppView.render(state))
        while true {
            // The read times out every 150 ms (and a signal interrupts it), so a signal is
            // seen quickly even when nobody types.
            // Ctrl-C with a form open asks first (a second Ctrl-C, or y, quits).
            if Terminal.pendingSignal == SIGINT, state.flow != nil, !state.confirmQuit, Terminal.takeInterrupt() {
                _ = AppReducer.reduce(&state, .key(.control("c")))
                terminal.draw(AppView.render(state))
                continue
            }
            if Terminal.pendingSignal != 0 { return ending(Terminal.pendingSignal) }
            // The terminal went away without a SIGHUP reaching us: leave as a hangup would.
            if terminal.inputLost { return ending(SIGHUP) }
            let changed = applyFinishedReload(&state, background, generation: dataGeneration, stamp: &stamp)
            if lastCheck.duration(to: .now) >= watchInterval, !background.isRunning {
                lastCheck = .now
                startReloadIfChangedElsewhere(state.data, background, generation: dataGeneration, stamp: stamp, storeOptions: storeOptions)
            }
            guard var input = terminal.readInput(timeoutMilliseconds: 150) else {
                if changed { terminal.draw(AppView.render(state)) }
                continue
            }
            // Apply everything already typed before drawing, so a held key never queues frames.
            var applied = 0
            while true {
                let action: AppAction
                switch input {
                case .key(let key):
                    #if DEBUG
                    crashIfAskedForTesting(key)
                    #endif
                    action = .key(key)
                case .resize(let width, let height): action = .resize(width: width, height: height)
                }
                var pending = AppReducer.reduce(&state, action)
                while !pending.isEmpty {
                    let effect = pending.removeFirst()
                    if case .quit = effect { return ending(0) }
                    // An effect may replace the data (a save reloads it): a reload in the
                    // background that started from the old data is then dropped.
                    dataGeneration += 1
                    state.clockMinute = Today.now().minuteOfDay
                    pending += AppReducer.reduce(&state, perform(effect, current: state.data, storeOptions: storeOptions, stamp: &stamp))
                }
                applied += 1
                guard applied < 64, Terminal.pendingSignal == 0, let next = terminal.readInput(timeoutMilliseconds: 0) else { break }
                input = next
            }
            // What is typed in a form is on disk before it is on the screen: a crash keeps it.
            drafts.keep(state.keptDrafts, durably: false)
            rememberManager()
            // A whole frame each time: ncurses compares it with the screen and sends the changes.
            terminal.draw(AppView.render(state))
        }
    }

    /// Starts reading the store again, off the UI's thread, when another process has saved to it.
    static func startReloadIfChangedElsewhere(_ data: AppData, _ background: BackgroundReload, generation: Int, stamp: StoreStamp,
                                              storeOptions: StoreOptions) {
        guard let store = try? storeOptions.recordStore() else { return }
        let now = store.changeStamp()
        guard now != stamp else { return }
        let today = (try? storeOptions.day()) ?? data.today
        background.start(generation: generation, seen: now) { try reloaded(store, previous: data, today: today) }
    }

    /// Applies a background reload that finished, if the UI's data is still the one it started
    /// from; true when the state changed.
    static func applyFinishedReload(_ state: inout AppState, _ background: BackgroundReload, generation: Int, stamp: inout StoreStamp) -> Bool {
        guard let finished = background.take(), finished.generation == generation else { return false }
        switch finished.result {
        case .success(let (data, fresh)):
            stamp = fresh
            _ = AppReducer.reduce(&state, .changedElsewhere(data))
        case .failure(let error):
            // Shown once per change; the screens keep what was last read.
            stamp = finished.seen
            state.message = "The store changed elsewhere but cannot be read now (\(error)); the screens show it as it was."
        }
        return true
    }

    /// The data after changes saved elsewhere: what changed read again and the people who
    /// changed evaluated again, with the policies, bank holidays and letter templates already
    /// loaded. Runs off the UI's thread (`BackgroundReload`), so it touches nothing else.
    nonisolated static func reloaded(_ store: any RecordStore, previous: AppData, today: CalendarDay) throws -> (AppData, StoreStamp) {
        let stamp = store.changeStamp()
        return (previous.reloaded(try store.reload(after: previous.snapshot), today: today), stamp)
    }

    #if DEBUG
    /// Test builds only: F12 with `ATTEND_TEST_CRASH_KEY=F12` crashes, so the end-to-end tests
    /// can check what a manager sees after a crash and that the open form survives it.
    static func crashIfAskedForTesting(_ key: KeyEvent) {
        if key == .function(12), ProcessInfo.processInfo.environment["ATTEND_TEST_CRASH_KEY"] == "F12" {
            fatalError("crash asked for by ATTEND_TEST_CRASH_KEY")
        }
    }
    #endif

    /// The file an unsaved form is kept in between sessions (0600, written atomically).
    static func draftPath(_ storeOptions: StoreOptions) -> String { "\(storeOptions.localFolder)/draft.json" }

    /// Runs one effect against the store or the file system and reports the outcome as an
    /// action: a save reloads the store so every screen shows the change; a save that meets a
    /// newer revision reloads it too, so the kept form can be saved again after a look.
    static func perform(_ effect: AppEffect, current: AppData, storeOptions: StoreOptions, stamp: inout StoreStamp) -> AppAction {
        switch effect {
        case .quit:
            return .effectFailed("quit is handled by the loop")
        case .save(let document, let action, let summary):
            return save(document, action: action, summary: summary, reason: nil, current: current, storeOptions: storeOptions, stamp: &stamp)
        case .correct(let document, let action, let summary, let reason):
            return save(document, action: action, summary: summary, reason: reason, current: current, storeOptions: storeOptions, stamp: &stamp)
        case .writeFile(let relative, let contents):
            // Relative paths are inside the store folder (e.g. invitations/), kept private.
            let path = relative.hasPrefix("/") ? relative : "\(storeOptions.localFolder)/\(relative)"
            do {
                let folder = (path as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try ExportOutput.write(Array(contents.utf8), to: path)
                return .fileWritten(path)
            } catch {
                return .fileFailed("\(path) could not be written: \(error)")
            }
        case .writeLetter(let employeeId, let letter):
            let written = LetterFiles.write(letter, employeeId: employeeId, folder: storeOptions.localFolder)
            if let problem = written.problem { return .fileFailed(problem) }
            return .fileWritten(written.paths.joined(separator: " and "))
        }
    }

    /// One save and the reload after it, reported as an action.
    static func save(_ document: EmployeeDocument, action: String, summary: String, reason: String?, current: AppData,
                     storeOptions: StoreOptions, stamp: inout StoreStamp) -> AppAction {
        do {
            try storeOptions.recordStore().save(document, actor: storeOptions.who, action: action, summary: summary, reason: reason)
        } catch {
            if case StoreError.conflict = error, let (data, fresh) = try? loadData(storeOptions, reportProblems: false, previous: current) {
                stamp = fresh
                return .saveConflict(data, message: "Not saved: \(document.name)'s record was changed elsewhere since it was shown, so nothing was written. The screen now shows the latest record and your form is kept: check it and save again.")
            }
            return .effectFailed("\(error)")
        }
        do {
            let (data, fresh) = try loadData(storeOptions, reportProblems: false, previous: current)
            stamp = fresh
            return .reloaded(data, message: "Saved.")
        } catch {
            // The change landed: say so, never "Not saved".
            return .reloaded(current, message: "Saved, but the store cannot be read again (\(error)); restart attend to see the change.")
        }
    }

    /// No store yet: the UI is interactive, so ask (on the plain terminal, before curses
    /// starts) whether to create the demo there, as `attend init --demo` would.
    static func offerDemo(_ storeOptions: StoreOptions) throws {
        let location = storeOptions.location
        let quoted = InitCommand.shellQuoted(location)
        print("No attend store at \(location). Create the demo organisation there? [y/N] ", terminator: "")
        StandardStreams.shared.flush()
        let answer = readAnswer()
        if answer == nil { print("\n", terminator: "") }
        guard let answer, ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw BadInput("no store was created; create the demo with `attend init --demo --store \(quoted)` or an empty store with `attend init --store \(quoted)`")
        }
        let created = try InitCommand.createStore(storeOptions: storeOptions, demo: true)
        print("Created the demo store at \(location): \(created.organisation.name), \(created.employees.count) employees, as of \(created.today.ukDisplay).")
    }

    /// One line from standard input (nil at end of input). Not `readLine()`, which retries an
    /// interrupted read, so a Ctrl-C at the question would be ignored until Return.
    static func readAnswer() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") { break }
                bytes.append(byte)
            } else if count == 0 {
                if bytes.isEmpty { return nil }
                break
            } else if errno == EINTR {
                if Terminal.pendingSignal != 0 {
                    print("\n", terminator: "")
                    exitIfSignalled()
                }
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A Ctrl-C (or other termination signal) before curses started: leave as the loop would.
    static func exitIfSignalled() {
        let signal = Terminal.pendingSignal
        if signal != 0 { exit(128 + signal) }
    }

    /// The frame the UI would show at a size after some keys, as plain text: for scripts,
    /// documentation and tests, with no terminal needed.
    static func dumpFrame(storeOptions: StoreOptions, size: String, keys: String?, manager: String? = nil) throws -> String {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height) else {
            throw BadInput("--dump-frame '\(size)' is not a size; expected WIDTHxHEIGHT, e.g. 120x40")
        }
        let events = try KeyNames.parse(keys ?? "")
        let context = try storeOptions.load()
        let data = appData(context, storeOptions)
        var state = AppState(data: data, width: width, height: height)
        // Scripts get the same frame whoever runs them: --open-on, else the organisation's default.
        state.roster.manager = try UISettings.openingManager(asked: manager, settings: UISettings(), store: "", organisation: data.organisation)
        for event in events {
            // A quit key ends the keys, as it would end the UI.
            if AppReducer.reduce(&state, .key(event)).contains(.quit) { break }
        }
        return AppView.render(state).renderText()
    }
}

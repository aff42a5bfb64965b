import CNCurses
import Glibc
import Synchronization

// Signal handlers capture nothing, so they can only reach globals. Swift 6 accepts an `Atomic`
// global `let` (Sendable, lock-free, safe to store from a signal handler) and a `nonisolated(unsafe)`
// pointer that is written before the handlers exist and only read afterwards.

/// The termination signal received (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0. The handler only
/// stores it; the event loop polls it and restores the terminal.
let receivedSignal = Atomic<Int32>(0)

/// True while curses owns the terminal; whoever flips it to false calls `endwin()` exactly once
/// (`Terminal.stop`, the atexit hook or a crash handler).
let cursesActive = Atomic<Bool>(false)

/// True while the terminal is in bracketed-paste mode; whoever flips it off switches it off.
let bracketedPasteOn = Atomic<Bool>(false)

private let exitHookInstalled = Atomic<Bool>(false)
private let crashHandlersInstalled = Atomic<Bool>(false)

/// The actions that were in place before our crash handlers (normally the Swift runtime's
/// backtracer), indexed by signal number, so that a crash still ends in a backtrace.
nonisolated(unsafe) private let previousCrashActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// What a crash handler writes to standard error once the terminal is restored (a C string,
/// set before curses starts and never freed), or nil.
nonisolated(unsafe) private var crashMessage: UnsafeMutablePointer<CChar>?

/// Sets the words a crash prints on the restored terminal. Call before `Terminal.start`.
func setCrashMessage(_ text: String) {
    let previous = crashMessage
    crashMessage = strdup(text)
    free(previous)
}

/// The signals that end the UI in an orderly way.
let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

/// The signals a crash raises.
let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

/// Installs the termination handlers. Must run BEFORE `newterm`: ncurses installs its own
/// SIGINT/SIGTERM handlers only where the disposition is still SIG_DFL, and ours must win so
/// the app, not ncurses, decides how to exit. No SA_RESTART: a blocked read returns (EINTR) so
/// the loop sees the flag at once. A signal the parent set to SIG_IGN (nohup, `&` in a script)
/// stays ignored.
func installTerminationHandlers() {
    for signo in terminationSignals {
        var previous = sigaction()
        sigaction(signo, nil, &previous)
        // Function pointers are not Equatable in Swift: compare SIG_IGN's address (1).
        if unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signo in receivedSignal.store(signo, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signo, &action, nil)
    }
}

/// Unblocks the signals the UI depends on. A process inherits its signal mask: started from a
/// thread that blocks signals (a libdispatch worker, e.g. Foundation's `Process` in a test
/// runner) attend would otherwise never see SIGTERM, SIGWINCH (resize) or SIGTSTP (Ctrl-Z).
func unblockTerminalSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    for signo in terminationSignals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&set, signo) }
    sigprocmask(SIG_UNBLOCK, &set, nil)
}

/// The safety net for any `exit()` while curses is active.
func installExitHook() {
    guard !exitHookInstalled.exchange(true, ordering: .relaxed) else { return }
    atexit {
        if bracketedPasteOn.exchange(false, ordering: .relaxed) { nc_bracketed_paste_off_fd(STDOUT_FILENO) }
        if cursesActive.exchange(false, ordering: .relaxed) { endwin() }
    }
}

/// Installs crash handlers that restore the terminal and then hand the signal on to the
/// previous action (the Swift backtracer), so the backtrace prints on a sane terminal instead
/// of into the raw screen.
func installCrashHandlers() {
    guard !crashHandlersInstalled.exchange(true, ordering: .relaxed) else { return }
    for signo in crashSignals {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signo in
            if bracketedPasteOn.exchange(false, ordering: .relaxed) { nc_bracketed_paste_off_fd(STDOUT_FILENO) }
            if cursesActive.exchange(false, ordering: .relaxed) { endwin() }
            // write(2) only: nothing that allocates or locks is safe in a crash handler.
            if let message = crashMessage { _ = write(STDERR_FILENO, message, strlen(message)) }
            // Put the previous action back. For a fault (SIGILL, SIGSEGV, SIGBUS, SIGFPE)
            // returning re-executes the faulting instruction, which now reaches it; SIGABRT and
            // SIGTRAP do not recur by themselves, so raise them again.
            sigaction(signo, previousCrashActions + Int(signo), nil)
            if signo == SIGABRT || signo == SIGTRAP { raise(signo) }
        }
        sigemptyset(&action.sa_mask)
        // SA_RESETHAND is 0x80000000 and imported as Int: Int32(SA_RESETHAND) traps at run time.
        action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
        sigaction(signo, &action, previousCrashActions + Int(signo))
    }
}

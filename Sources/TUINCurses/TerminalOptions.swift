/// How `Terminal.start` sets the terminal up.
public struct TerminalOptions: Sendable {
    /// Catch SIGINT, SIGTERM, SIGHUP and SIGQUIT so the loop can restore the terminal and exit
    /// with 128 + the signal number.
    public var installSignalHandlers = true
    /// Restore the terminal before a crash's backtrace prints.
    public var installCrashHandlers = true
    /// raw() instead of cbreak(): Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys instead of signals.
    public var rawMode = false
    /// Clicks and the wheel reach attend (off: the terminal's own selection works as usual).
    public var mouse = true

    public init(installSignalHandlers: Bool = true, installCrashHandlers: Bool = true, rawMode: Bool = false, mouse: Bool = true) {
        self.installSignalHandlers = installSignalHandlers
        self.installCrashHandlers = installCrashHandlers
        self.rawMode = rawMode
        self.mouse = mouse
    }
}

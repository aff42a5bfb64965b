/// How `Terminal.start` sets the terminal up.
public struct TerminalOptions: Sendable {
    /// Catch SIGINT, SIGTERM, SIGHUP and SIGQUIT so the loop can restore the terminal and exit
    /// with 128 + the signal number.
    public var installSignalHandlers = true
    /// Restore the terminal before a crash's backtrace prints.
    public var installCrashHandlers = true
    /// raw() instead of cbreak(): Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys instead of signals.
    public var rawMode = false

    public init(installSignalHandlers: Bool = true, installCrashHandlers: Bool = true, rawMode: Bool = false) {
        self.installSignalHandlers = installSignalHandlers
        self.installCrashHandlers = installCrashHandlers
        self.rawMode = rawMode
    }
}

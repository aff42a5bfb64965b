import AttendanceRules
import ArgumentParser

/// `attend policy`: one policy profile.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Show one policy profile.", subcommands: [PolicyShowCommand.self])
}

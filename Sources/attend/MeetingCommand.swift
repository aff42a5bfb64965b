import ArgumentParser

/// `attend meeting`: meeting scheduling.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Check or schedule meetings against the policy's notice rules.",
        subcommands: [MeetingCheckCommand.self, MeetingScheduleCommand.self, MeetingRescheduleCommand.self, MeetingCancelCommand.self, MeetingHeldCommand.self, MeetingVoidCommand.self])
}

import ArgumentParser

/// `attend stage`: record stage outcomes.
struct StageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage", abstract: "Record a stage outcome (warning, review period, appeal).",
        subcommands: [StageRecordCommand.self, StageEditCommand.self, StageWithdrawWarningCommand.self, StageVoidCommand.self])
}

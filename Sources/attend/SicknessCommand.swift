import ArgumentParser

/// `attend sickness`: log a sickness call and record the return.
struct SicknessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sickness", abstract: "Log a sickness call or record a return to work.",
        subcommands: [SicknessCallCommand.self, SicknessReturnCommand.self, SicknessCallEditCommand.self, SicknessCallVoidCommand.self])
}

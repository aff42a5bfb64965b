import ArgumentParser

/// `attend manager`: the managers in the organisation, and their details.
struct ManagerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manager", abstract: "List managers, or correct a manager's name or e-mail address.",
        subcommands: [ManagerListCommand.self, ManagerEditCommand.self], defaultSubcommand: ManagerListCommand.self)
}

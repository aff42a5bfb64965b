import ArgumentParser

/// `attend selfcert`: self-certificates handed in.
struct SelfCertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfcert", abstract: "Record a self-certificate as received (marks the self-certificate duty done), correct or void one.",
        subcommands: [SelfCertAddCommand.self, SelfCertEditCommand.self, SelfCertVoidCommand.self])
}

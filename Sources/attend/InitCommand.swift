import ArgumentParser

/// `attend init` (being built).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Being built.")

    func run() throws { throw BadInput("attend init is being built") }
}

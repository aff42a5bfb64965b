import ArgumentParser

/// `attend export` (being built).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Being built.")

    func run() throws { throw BadInput("attend export is being built") }
}

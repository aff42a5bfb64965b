import ArgumentParser

/// `attend employee`: add, list and show employees.
struct EmployeeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "employee", abstract: "Add, list and show employees.",
        subcommands: [EmployeeAddCommand.self, EmployeeEditCommand.self, EmployeeListCommand.self, EmployeeShowCommand.self, EmployeeLeaveCommand.self])
}

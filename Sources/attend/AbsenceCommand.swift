import ArgumentParser

/// `attend absence`: add and list absences of any type.
struct AbsenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "absence", abstract: "Add and list absences of any type.",
        subcommands: [AbsenceAddCommand.self, AbsenceEditCommand.self, AbsenceVoidCommand.self, AbsenceDecideCommand.self, AbsenceListCommand.self, AbsenceTypesCommand.self])
}

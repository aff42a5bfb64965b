import ArgumentParser

/// `attend export`: absences and triggers for spreadsheets, meetings for calendars.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export absences or triggers as CSV (for Excel), or meetings as calendar invitations (.ics).",
        subcommands: [ExportCSVCommand.self, ExportICSCommand.self, ExportSubjectCommand.self])
}

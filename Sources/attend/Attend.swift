import ArgumentParser

/// The `attend` command: sickness absence by the book, for UK line managers.
struct Attend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attend",
        abstract: "Run sickness absence by the book: triggers, duties and meeting checks under your policy.",
        discussion: """
            Dates are YYYY-MM-DD; date-times are YYYY-MM-DDTHH:MM in UK local time.
            Exit codes: 0 ok, 1 a rule check failed, 2 bad input.
            """,
        subcommands: [InitCommand.self, ValidateCommand.self, EmployeeCommand.self, SicknessCommand.self, AbsenceCommand.self, TriggersCommand.self, InterviewCommand.self, ContactCommand.self, FitNoteCommand.self, StageCommand.self, WorkdaysCommand.self, EvaluateCommand.self, ExportCommand.self, MeetingCommand.self, PoliciesCommand.self, PolicyCommand.self, BankHolidaysCommand.self]
    )
}

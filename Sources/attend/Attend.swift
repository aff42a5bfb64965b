import ArgumentParser
import Foundation

/// The `attend` command: sickness absence by the book, for UK line managers.
struct Attend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attend",
        abstract: "Run sickness absence by the book: triggers, duties and meeting checks under your policy.",
        discussion: """
            Dates are YYYY-MM-DD; date-times are YYYY-MM-DDTHH:MM in UK local time.
            Exit codes: 0 ok, 1 a rule check failed, 2 bad input.

            With no subcommand, attend opens the terminal UI on the store (`?` in it lists the \
            keys); with no store there, it offers to create the demo organisation.
            """,
        subcommands: [InitCommand.self, StoreCommand.self, ValidateCommand.self, EmployeeCommand.self, SicknessCommand.self, AbsenceCommand.self, TriggersCommand.self, BenchCommand.self, InterviewCommand.self, ContactCommand.self, FitNoteCommand.self, OHReferralCommand.self, SelfCertCommand.self, HistoryCommand.self, PurgeCommand.self, ManagerCommand.self, StageCommand.self, LetterCommand.self, ReportCommand.self, WorkdaysCommand.self, EvaluateCommand.self, ExportCommand.self, MeetingCommand.self, PoliciesCommand.self, PolicyCommand.self, BankHolidaysCommand.self]
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("dump-frame"),
            help: ArgumentHelp("Print the terminal UI's frame at this size as text instead of opening it (for scripts and docs).", valueName: "WxH"))
    var dumpFrame: String?

    @Option(help: ArgumentHelp("With --dump-frame: keys to press first, comma-separated, e.g. \"j,j,Enter,?\" (Up Down Left Right Enter Esc Tab BTab PgUp PgDn Home End F1..F12 Backspace Space Comma, C-c for Ctrl-C, or a character).", valueName: "keys"))
    var keys: String?

    // Not `--manager`: a parent command's option would take `employee add --manager` (D-90).
    @Option(name: .customLong("open-on"), help: ArgumentHelp("Open the terminal UI on this manager's people (an id or a name; m still switches). Default: your last choice, else the organisation's.", valueName: "manager"))
    var manager: String?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel in attend.")
    var noMouse = false

    /// No subcommand: the terminal UI (or, with --dump-frame, its frame as text).
    func run() throws {
        if let dumpFrame {
            // main.swift runs on the main actor; the TUI code is confined to it.
            let frame = try MainActor.assumeIsolated { try TUIRunner.dumpFrame(storeOptions: storeOptions, size: dumpFrame, keys: keys, manager: manager) }
            print(frame)
            return
        }
        if keys != nil { throw BadInput("--keys only goes with --dump-frame WxH") }
        try MainActor.assumeIsolated { try TUIRunner.run(storeOptions: storeOptions, manager: manager, mouse: !noMouse) }
    }
}

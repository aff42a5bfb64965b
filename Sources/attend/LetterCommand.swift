import ArgumentParser

/// `attend letter`: the letters written to an employee: invitations, outcomes, appeals and
/// the return-to-work interview record.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter", abstract: "Write, list and write out again the letters to an employee (DOCX or plain text).",
        subcommands: [LetterListCommand.self, LetterWriteCommand.self, LetterShowCommand.self])
}

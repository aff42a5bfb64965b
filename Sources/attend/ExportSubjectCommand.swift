import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// `attend export subject`: everything held about one person, private notes included, for a
/// subject access request (UK GDPR Art. 15), as readable text or JSON, written 0600.
struct ExportSubjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subject", abstract: "Everything held about one person (private notes included), for a subject access request.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("text or json.", valueName: "format")) var format: String = "text"
    @Option(help: ArgumentHelp("Write to this file (created 0600) instead of standard output.", valueName: "file")) var output: String?
    @OptionGroup var storeOptions: StoreOptions

    struct Subject: Encodable {
        let generated: String
        let organisation: String
        let team: String?
        let manager: String?
        let employee: EmployeeDocument
    }

    func run() throws {
        guard ["text", "json"].contains(format) else { throw BadInput("--format '\(format)' is not allowed; expected text or json") }
        let context = try storeOptions.load()
        let document = try context.employee(employee)
        let team = context.organisation.teams.first { $0.id == document.teamId }
        let manager = context.organisation.managers.first { $0.id == (team?.managerId ?? document.managerId) }
        printError("attend: warning: this export holds everything recorded about \(document.name), private notes about health included (special-category personal data); give it only to them, by a secure route")
        let bytes: [UInt8]
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let subject = Subject(generated: context.today.iso, organisation: context.organisation.name, team: team?.name, manager: manager?.name, employee: document)
            bytes = Array((try encoder.encode(subject)) + Data("\n".utf8))
        } else {
            bytes = Array(SubjectReport.text(document, organisation: context.organisation.name, team: team?.name, manager: manager?.name, today: context.today).utf8)
        }
        try ExportOutput.write(bytes, to: output)
        if let output, output != "-" { printError("attend: wrote \(output) (0600)") }
    }
}

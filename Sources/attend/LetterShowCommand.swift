import Foundation
import AttendanceLetters
import AttendanceStore
import ArgumentParser

/// `attend letter show`: writes a kept letter out again exactly as it was written (from its
/// record, whatever changed since), as text or DOCX, or its checklist for the manager.
struct LetterShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Write a kept letter out again, as it was written.")

    @Option(help: ArgumentHelp("Employee id (or name).", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The letter's id (attend letter list).", valueName: "id")) var letter: String
    @Option(help: ArgumentHelp("docx or text (default: docx with --output, else text to standard output).", valueName: "format")) var format: String?
    @Option(help: ArgumentHelp("Write it to this file.", valueName: "file")) var output: String?
    @Flag(help: "The manager's checklist that went with the letter, instead of the letter.") var checklist = false
    @OptionGroup var storeOptions: StoreOptions

    /// The format asked for; a Word document goes only to a file.
    static func format(_ text: String?, output: String?) throws -> LetterFormat {
        let toFile = output != nil && output != "-"
        guard let text else { return toFile && !(output ?? "").lowercased().hasSuffix(".txt") ? .docx : .text }
        guard let format = LetterFormat(rawValue: text) else { throw BadInput("--format '\(text)' is not allowed; expected docx or text") }
        if format == .docx, !toFile { throw BadInput("--format docx writes a Word file; give --output FILE.docx (text can go to standard output)") }
        if let output, toFile, format == .text, output.lowercased().hasSuffix(".docx") {
            throw BadInput("--output \(output) names a Word file but --format is text; name it .txt, or leave out --format")
        }
        if let output, toFile, format == .docx, output.lowercased().hasSuffix(".txt") {
            throw BadInput("--output \(output) names a text file but --format is docx; name it .docx, or leave out --format")
        }
        return format
    }

    /// Refuses an --output whose folder is not there, before anything is saved.
    static func checkOutputFolder(_ output: String?) throws {
        guard let output, output != "-" else { return }
        let folder = (output as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw BadInput("--output \(output): the folder \(folder) does not exist; nothing was written")
        }
    }

    func run() throws {
        let chosenFormat = try Self.format(format, output: output)
        let context = try storeOptions.load()
        let person = try context.employee(employee)
        guard let record = person.letters.first(where: { $0.id == letter }) else {
            let kept = person.letters.map(\.id)
            throw BadInput("no letter \(TextRules.quoted(letter)) for \(person.id); kept letters: \(kept.isEmpty ? "none" : kept.joined(separator: ", "))")
        }
        if checklist {
            try ExportOutput.write(Array(LetterKeeping.checklistText(record).utf8), to: output)
            return
        }
        if record.includesPrivate { printError("attend: warning: \(record.id) includes private notes about health (special-category personal data); keep it safe") }
        try ExportOutput.write(Array(try LetterKeeping.file(record, format: chosenFormat)), to: output)
        if let output, output != "-" { print("Wrote \(record.id) (\(record.title)) to \(output) (\(chosenFormat.rawValue)).") }
    }
}

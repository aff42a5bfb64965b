import AttendanceLetters
import AttendanceStore
import ArgumentParser

/// `attend letter list`: the letters kept for an employee, oldest first.
struct LetterListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the letters kept for an employee.")

    @Option(help: ArgumentHelp("Employee id (or name).", valueName: "id")) var employee: String
    @Flag(help: "Print JSON (without the letters' text; `letter show` writes one out).") var json = false
    @OptionGroup var storeOptions: StoreOptions

    struct Row: Encodable {
        let id: String, kind: String, title: String, writtenOn: String, writtenBy: String, about: String?, delivery: String
        let includesPrivate: Bool, files: [String]
    }

    func run() throws {
        let context = try storeOptions.load()
        let person = try context.employee(employee)
        let rows = person.letters.map { letter in
            Row(id: letter.id, kind: letter.kind, title: letter.title, writtenOn: letter.writtenOn.iso, writtenBy: letter.writtenBy,
                about: letter.about, delivery: letter.delivery.rawValue, includesPrivate: letter.includesPrivate,
                files: LetterFormat.allCases.map { "\(context.localFolder)/\(letter.path(employeeId: person.id, format: $0.fileExtension))" })
        }
        if json { try JSONOutput.print(rows); return }
        guard !rows.isEmpty else {
            print("No letters kept for \(person.name) (\(person.id)). Write one with `attend letter write --employee \(person.id) --kind invitation --meeting ID`.")
            return
        }
        print(TextTable(headers: ["ID", "DATE", "KIND", "ABOUT", "TITLE"],
                        rows: person.letters.map { [$0.id, $0.writtenOn.ukDisplay, $0.kind, $0.about ?? "", ($0.includesPrivate ? "[private] " : "") + $0.title] }).render())
        print("Files: \(context.localFolder)/\(LetterRecord.folder(employeeId: person.id))/<id>.docx and .txt")
    }
}

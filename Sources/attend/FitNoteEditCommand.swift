import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend fitnote edit`: corrects a fit note (the days it covers, when it came, the "may be
/// fit" advice), with a reason; the fit-note duties follow at once.
struct FitNoteEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a fit note: change the fields given, with a reason.")

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("First day covered.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day covered.", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("Day received.", valueName: "date")) var received: String?
    @Option(name: .customLong("may-be-fit"), help: ArgumentHelp("yes or no: the note says 'may be fit for work'.", valueName: "yes|no")) var mayBeFit: String?
    @Option(help: ArgumentHelp("New suggested adjustments (replace the old), or none.", valueName: "text")) var adjustments: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        try Parsing.checkText(adjustments, option: "--adjustments", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .fitNote, in: document)
        if [from, to, received, mayBeFit, adjustments].allSatisfy({ $0 == nil }) {
            throw BadInput("nothing to change: give at least one of --from, --to, --received, --may-be-fit, --adjustments")
        }
        var note = document.fitNotes[index]
        if let from { note.from = try Parsing.day(from, option: "--from") }
        if let to { note.to = try Parsing.day(to, option: "--to") }
        guard note.to >= note.from else { throw BadInput("the fit note would end (\(note.to.iso)) before it starts (\(note.from.iso)); nothing was changed") }
        if let received {
            note.received = try Parsing.day(received, option: "--received")
            if note.received > context.today { throw BadInput("--received \(note.received.iso) is in the future; nothing was changed") }
        }
        if let mayBeFit {
            guard ["yes", "no"].contains(mayBeFit) else { throw BadInput("--may-be-fit '\(mayBeFit)' is not allowed; expected yes or no") }
            note.mayBeFit = mayBeFit == "yes"
        }
        if let adjustments { note.adjustments = adjustments == "none" ? nil : adjustments }
        if note == document.fitNotes[index] { throw BadInput("fit note \(note.id) already has those values; nothing was changed") }
        document.fitNotes[index] = note
        let saved = try context.save(document, action: "fit-note.edit", summary: "corrected \(note.id)", reason: reason)
        print("Corrected fit note \(note.id) for \(saved.name): \(note.from.ukDisplay)–\(note.to.ukDisplay).")
        for change in saved.history.last?.changes ?? [] { print("  \(change.text)") }
    }
}

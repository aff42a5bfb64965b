import AttendanceStore
import ArgumentParser

/// `attend fitnote void`: withdraws a fit note with a reason; it is kept as voided.
struct FitNoteVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a fit note, with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.fitNote, correction, storeOptions: storeOptions) }
}

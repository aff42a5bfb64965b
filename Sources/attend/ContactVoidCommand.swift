import AttendanceStore
import ArgumentParser

/// `attend contact void`: withdraws a contact with a reason; it is kept as voided.
struct ContactVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a contact, with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.contact, correction, storeOptions: storeOptions) }
}

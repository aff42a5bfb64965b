import AttendanceStore
import ArgumentParser

/// `attend meeting void`: withdraws a meeting recorded by mistake with a reason; it is kept as voided.
struct MeetingVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a meeting recorded by mistake (to call one off, use `meeting cancel`), with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.meeting, correction, storeOptions: storeOptions) }
}

import AttendanceStore
import ArgumentParser

/// `attend sickness void`: withdraws a sickness call record with a reason; it is kept as voided.
struct SicknessCallVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a sickness call record (the absence it reported stays; void that separately), with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.sicknessCall, correction, storeOptions: storeOptions) }
}

import AttendanceStore
import ArgumentParser

/// `attend stage void`: withdraws a stage outcome recorded by mistake, with its warning with a reason; it is kept as voided.
struct StageVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a stage outcome recorded by mistake, with its warning (to withdraw a real warning, use `stage withdraw-warning`), with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.stage, correction, storeOptions: storeOptions) }
}

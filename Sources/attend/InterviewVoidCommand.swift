import AttendanceStore
import ArgumentParser

/// `attend interview void`: withdraws a return-to-work interview with a reason; it is kept as voided.
struct InterviewVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a return-to-work interview (draft or signed off), with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.interview, correction, storeOptions: storeOptions) }
}

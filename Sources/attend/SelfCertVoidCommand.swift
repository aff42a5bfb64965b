import AttendanceStore
import ArgumentParser

/// `attend selfcert void`: withdraws a self-certificate with a reason; it is kept as voided.
struct SelfCertVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a self-certificate, with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.selfCertificate, correction, storeOptions: storeOptions) }
}

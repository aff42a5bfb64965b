import AttendanceStore
import ArgumentParser

/// `attend oh-referral void`: withdraws an occupational health referral with a reason; it is kept as voided.
struct OHReferralVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void an occupational health referral, with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.ohReferral, correction, storeOptions: storeOptions) }
}

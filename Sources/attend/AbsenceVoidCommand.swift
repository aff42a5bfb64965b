import AttendanceStore
import ArgumentParser

/// `attend absence void`: withdraws an absence with a reason; it is kept as voided.
struct AbsenceVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void an absence (it stops counting; its call, certificates, contacts, interview and referrals go with it), with a reason; it is kept as voided.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws { try RecordVoid.run(.absence, correction, storeOptions: storeOptions) }
}

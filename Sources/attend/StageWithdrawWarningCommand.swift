import AttendanceStore
import ArgumentParser

/// `attend stage withdraw-warning`: HR withdraws a warning; it stays on the stage record with
/// the reason, is no longer live and counts towards no stage rule (issue 12).
struct StageWithdrawWarningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw-warning", abstract: "Withdraw a warning (HR): no longer live; the reason is kept.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .stage, in: document)
        guard document.stages[index].warning != nil else { throw BadInput("stage record \(correction.id) issued no warning; nothing was changed") }
        if let done = document.stages[index].warningWithdrawn {
            throw BadInput("the warning in \(correction.id) was already withdrawn on \(done.on.ukDisplay) by \(done.by); nothing was changed")
        }
        document.stages[index].warningWithdrawn = WarningWithdrawal(on: context.today, by: context.actor, reason: reason)
        let saved = try context.save(document, action: "stage.withdraw-warning", summary: "warning in \(correction.id) withdrawn", reason: reason)
        print("Withdrew the warning in \(correction.id) for \(saved.name); it is no longer live and counts towards no stage rule.")
    }
}

import AttendanceStore
import ArgumentParser

/// `attend interview reopen`: takes a signed-off return-to-work interview back to a draft,
/// with a reason, so it can be corrected and signed off again; the earlier sign-off stays in
/// the history.
struct InterviewReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Reopen a signed-off interview as a draft, with a reason.")

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .interview, in: document)
        let interview = document.interviews[index]
        guard interview.status == .signedOff else { throw BadInput("interview \(interview.id) is a draft already; answer it with `attend interview answer`; nothing was changed") }
        document.interviews[index].status = .draft
        document.interviews[index].signedOffBy = nil
        document.interviews[index].signedOffOn = nil
        let saved = try context.save(document, action: "interview.reopen", summary: "reopened \(interview.id)", reason: reason)
        print("Reopened interview \(interview.id) for \(saved.name) as a draft (it was signed off\(interview.signedOffBy.map { " by \($0)" } ?? "")\(interview.signedOffOn.map { " on \($0.ukDisplay)" } ?? "")).")
        print("Correct it with `attend interview answer` and sign it off again with `attend interview finish`.")
    }
}

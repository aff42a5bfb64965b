import Foundation
import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend oh-referral add` (also plain `attend oh-referral`): record a referral to occupational health for a sickness absence.
///
/// The policies ask for a referral after a long spell or for some reasons (the `oh-referral`
/// and `oh-referral-reason` duties, e.g. NUL16 s21.6 and s19.2(f)); recording it here is what
/// marks those duties done everywhere the duties are shown.
struct OHReferralAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a referral to occupational health for a sickness absence (marks the OH referral duty done).")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The sickness absence referred for (default: the ongoing or latest sickness).", valueName: "id")) var absence: String?
    @Option(help: ArgumentHelp("The day the referral was made.", valueName: "date")) var on: String
    @Option(help: ArgumentHelp("Who made the referral (default: --actor, else $USER).", valueName: "name")) var by: String?
    @Option(help: ArgumentHelp("A private note (kept in the employee file only, never in the audit log).", valueName: "text")) var note: String?
    @Flag(help: "Print the saved referral as JSON.") var json = false
    @OptionGroup var repeatOptions: RepeatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(by, option: "--by", limit: TextRules.nameLimit)
        try Parsing.checkText(note, option: "--note", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let day = try Parsing.day(on, option: "--on")
        if day > context.today { throw BadInput("--on \(day.iso) is in the future; record a referral once it has been made (today is \(context.today.iso))") }
        let referrer = by ?? context.actor
        guard !referrer.trimmingCharacters(in: .whitespaces).isEmpty else { throw BadInput("--by is empty; expected the name of who made the referral") }
        let target = try SicknessTarget.absence(document, id: absence, purpose: "to refer for")
        let same = document.ohReferrals.first { $0.absenceId == target.id && $0.referredOn == day && $0.by == referrer && $0.note == note }
        try repeatOptions.refuse("the same referral", existing: same?.id, in: document)
        let id = StoreContext.newId("oh", existing: document.ohReferrals.map(\.id))
        let referral = OHReferral(id: id, absenceId: target.id, referredOn: day, by: referrer, note: note)
        if let problem = document.problems(with: referral).first {
            throw BadInput("--on \(day.iso): \(problem)")
        }
        document.ohReferrals.append(referral)
        // The summary holds ids and dates only: the note is private (docs/store-format.md).
        let saved = try context.save(document, action: "oh.referral", summary: "occupational health referral \(id) on \(day.iso) for \(target.id)")
        if json {
            var shown = referral
            shown.note = PrivateText.held(shown.note)
            try JSONOutput.print(shown)
            return
        }
        print("Recorded an occupational health referral for \(saved.name) on \(day.ukDisplay) by \(referrer) (\(id)) for absence \(target.id).")
        let completed = try context.duties(saved, forAbsence: target.id, on: context.today)
            .filter { $0.id.hasPrefix("oh-referral") && $0.status == .done }
        if completed.isEmpty {
            print("No occupational health duty is open for this absence under the policy now; the referral is kept on record.")
        }
        for duty in completed {
            print("Completes duty: \(duty.title) [\(duty.source)]")
        }
    }
}

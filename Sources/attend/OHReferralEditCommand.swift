import AttendanceStore
import ArgumentParser

/// `attend oh-referral edit`: corrects a referral to occupational health (the day, who made it,
/// the absence, the private note), with a reason; the OH duties follow at once.
struct OHReferralEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct an occupational health referral: change the fields given, with a reason.")

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("The day the referral was made.", valueName: "date")) var on: String?
    @Option(help: ArgumentHelp("Who made the referral.", valueName: "name")) var by: String?
    @Option(help: ArgumentHelp("The sickness absence referred for.", valueName: "id")) var absence: String?
    @Option(help: ArgumentHelp("A new private note (replaces the old), or none.", valueName: "text")) var note: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        try Parsing.checkText(by, option: "--by", limit: TextRules.nameLimit)
        try Parsing.checkText(note, option: "--note", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .ohReferral, in: document)
        if [on, by, absence, note].allSatisfy({ $0 == nil }) { throw BadInput("nothing to change: give at least one of --on, --by, --absence, --note") }
        var referral = document.ohReferrals[index]
        if let on {
            referral.referredOn = try Parsing.day(on, option: "--on")
            if referral.referredOn > context.today { throw BadInput("--on \(referral.referredOn.iso) is in the future (today is \(context.today.iso)); nothing was changed") }
        }
        if let by {
            guard !by.trimmingCharacters(in: .whitespaces).isEmpty else { throw BadInput("--by is empty; expected the name of who made the referral") }
            referral.by = by
        }
        if let absence { referral.absenceId = try SicknessTarget.absence(document, id: absence, purpose: "to refer for").id }
        if let note { referral.note = note == "none" ? nil : note }
        if let problem = document.problems(with: referral).first { throw BadInput("\(problem); nothing was changed") }
        if referral == document.ohReferrals[index] { throw BadInput("referral \(referral.id) already has those values; nothing was changed") }
        document.ohReferrals[index] = referral
        let saved = try context.save(document, action: "oh-referral.edit", summary: "corrected \(referral.id)", reason: reason)
        print("Corrected occupational health referral \(referral.id) for \(saved.name): \(referral.referredOn.ukDisplay) by \(referral.by), for absence \(referral.absenceId).")
        for change in saved.history.last?.changes ?? [] { print("  \(change.text)") }
    }
}

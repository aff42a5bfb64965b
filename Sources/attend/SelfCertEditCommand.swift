import AttendanceStore
import ArgumentParser

/// `attend selfcert edit`: corrects the day a self-certificate was received, or the absence it
/// covers, with a reason; the self-certificate duty follows at once.
struct SelfCertEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a self-certificate: change the fields given, with a reason.")

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("The day it was received.", valueName: "date")) var received: String?
    @Option(help: ArgumentHelp("The sickness absence it covers.", valueName: "id")) var absence: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .selfCertificate, in: document)
        if received == nil && absence == nil { throw BadInput("nothing to change: give --received or --absence") }
        var record = document.selfCertificates[index]
        if let absence { record.absenceId = try SicknessTarget.absence(document, id: absence, purpose: "for a self-certificate").id }
        if let received {
            record.received = try Parsing.day(received, option: "--received")
            if record.received > context.today { throw BadInput("--received \(record.received.iso) is in the future (today is \(context.today.iso)); nothing was changed") }
        }
        if let target = document.absences.first(where: { $0.id == record.absenceId }), record.received < target.start {
            throw BadInput("--received \(record.received.iso) is before absence \(target.id) starts (\(target.start.iso)); nothing was changed")
        }
        if record == document.selfCertificates[index] { throw BadInput("self-certificate \(record.id) already has those values; nothing was changed") }
        document.selfCertificates[index] = record
        let saved = try context.save(document, action: "self-certificate.edit", summary: "corrected \(record.id)", reason: reason)
        print("Corrected self-certificate \(record.id) for \(saved.name): received \(record.received.ukDisplay), for absence \(record.absenceId).")
        for change in saved.history.last?.changes ?? [] { print("  \(change.text)") }
    }
}

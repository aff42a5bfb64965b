import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend contact edit`: corrects a contact (day, who, channel, note), with a reason.
struct ContactEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a contact: change the fields given, with a reason.")

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("The day of the contact.", valueName: "date")) var on: String?
    @Option(help: ArgumentHelp("manager or employee: who made contact.", valueName: "who")) var by: String?
    @Option(help: ArgumentHelp("phone, proxy, text or email.", valueName: "channel")) var via: String?
    @Option(help: ArgumentHelp("A new private note (replaces the old one), or none.", valueName: "text")) var note: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        try Parsing.checkText(note, option: "--note", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .contact, in: document)
        if [on, by, via, note].allSatisfy({ $0 == nil }) { throw BadInput("nothing to change: give at least one of --on, --by, --via, --note") }
        var contact = document.contacts[index]
        if let on {
            let day = try Parsing.day(on, option: "--on")
            if day > context.today { throw BadInput("--on \(day.iso) is in the future; nothing was changed") }
            contact.on = day
            contact.absenceId = document.absences.filter { $0.type == .sickness && $0.start <= day }.max { $0.start < $1.start }?.id
        }
        if let by {
            guard ["manager", "employee"].contains(by) else { throw BadInput("--by '\(by)' is not allowed; expected manager or employee") }
            contact.by = by
        }
        if let via {
            guard let channel = CallChannel(rawValue: via) else { throw BadInput("--via '\(via)' is not allowed; expected one of \(CallChannel.allowedValues)") }
            contact.via = channel
        }
        if let note { contact.note = note == "none" ? nil : note }
        if contact == document.contacts[index] { throw BadInput("contact \(contact.id) already has those values; nothing was changed") }
        document.contacts[index] = contact
        let saved = try context.save(document, action: "contact.edit", summary: "corrected \(contact.id)", reason: reason)
        print("Corrected contact \(contact.id) for \(saved.name).")
        for change in saved.history.last?.changes ?? [] { print("  \(change.text)") }
    }
}

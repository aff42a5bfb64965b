import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend contact add`: record a contact during an absence.
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: "Record contacts during an absence.", subcommands: [ContactAddCommand.self, ContactEditCommand.self, ContactVoidCommand.self])
}

/// `attend contact add`.
struct ContactAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a contact (by the manager or the employee) during the ongoing or latest absence.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The day of the contact (default: today).", valueName: "date")) var on: String?
    @Option(help: ArgumentHelp("manager or employee: who made contact.", valueName: "who")) var by: String = "manager"
    @Option(help: ArgumentHelp("phone, proxy, text or email.", valueName: "channel")) var via: String = "phone"
    @Option(help: ArgumentHelp("A private note.", valueName: "text")) var note: String?
    @Flag(help: "Print the saved contact as JSON.") var json = false
    @OptionGroup var repeatOptions: RepeatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(note, option: "--note", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let day = try on.map { try Parsing.day($0, option: "--on") } ?? context.today
        if day > context.today { throw BadInput("--on \(day.iso) is in the future; record a contact once it has happened") }
        guard ["manager", "employee"].contains(by) else { throw BadInput("--by '\(by)' is not allowed; expected manager or employee") }
        guard let channel = CallChannel(rawValue: via) else { throw BadInput("--via '\(via)' is not allowed; expected one of \(CallChannel.allowedValues)") }
        let absence = document.absences.filter { $0.type == .sickness && $0.start <= day }.max { $0.start < $1.start }
        let same = document.contacts.first { $0.absenceId == absence?.id && $0.on == day && $0.by == by && $0.via == channel && $0.note == note }
        try repeatOptions.refuse("the same contact", existing: same?.id, in: document)
        let id = StoreContext.newId("c", existing: document.contacts.map(\.id))
        let record = ContactRecord(id: id, absenceId: absence?.id, on: day, by: by, via: channel, note: note)
        document.contacts.append(record)
        try context.save(document, action: "contact.add", summary: "contact \(id) on \(day.iso)")
        if json {
            var shown = record
            shown.note = PrivateText.held(shown.note)
            try JSONOutput.print(shown)
            return
        }
        print("Recorded a contact with \(document.name) on \(day.ukDisplay) (\(id))\(absence.map { " for absence \($0.id)" } ?? "").")
    }
}

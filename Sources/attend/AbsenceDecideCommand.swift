import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend absence decide`: HR's decision on whether an absence counts towards the triggers
/// (AMB-46), recorded, replaced (an edit) or withdrawn (`--clear`), each with its history.
struct AbsenceDecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record HR's decision on whether an absence counts towards triggers, change it, or --clear it.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The absence's id.", valueName: "absence-id")) var id: String
    @Option(help: ArgumentHelp("yes or no: whether it counts towards the trigger points.", valueName: "yes|no")) var counts: String?
    @Option(help: ArgumentHelp("Who decided (default: --actor, else $USER).", valueName: "name")) var by: String?
    @Option(help: ArgumentHelp("The day decided (default: today).", valueName: "date")) var on: String?
    @Option(help: ArgumentHelp("A private note on the decision.", valueName: "text")) var note: String?
    @Flag(help: "Withdraw the decision recorded (give --reason).") var clear = false
    @Option(help: ArgumentHelp("Why it is changed or withdrawn (kept in the history).", valueName: "text")) var reason: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(by, option: "--by", limit: TextRules.nameLimit)
        try Parsing.checkText(note, option: "--note", limit: TextRules.noteLimit, multiline: true)
        try Parsing.checkText(reason, option: "--reason", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        if let problem = document.problem(finding: .absence, id: id) { throw BadInput("\(problem); nothing was changed") }
        guard let index = document.absences.firstIndex(where: { $0.id == id }) else { return }
        let a = document.absences[index]
        func with(_ decision: HRDecision?) -> AbsenceRecord {
            AbsenceRecord(id: a.id, type: a.type, start: a.start, end: a.end, firstDayWorkedFraction: a.firstDayWorkedFraction,
                          lastDayWorkedFraction: a.lastDayWorkedFraction, related: a.related, reason: a.reason,
                          certificate: a.certificate, fitNoteFrom: a.fitNoteFrom, hrDecision: decision)
        }
        let trimmedReason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if clear {
            guard a.hrDecision != nil else { throw BadInput("absence \(id) has no HR decision to withdraw; nothing was changed") }
            guard let trimmedReason, !trimmedReason.isEmpty else { throw BadInput("--clear needs --reason: say why the decision is withdrawn") }
            document.absences[index] = with(nil)
            let saved = try context.save(document, action: "hr-decision.void", summary: "HR decision on \(id) withdrawn", reason: trimmedReason)
            print("Withdrew HR's decision on absence \(id) for \(saved.name); the policy's default treatment applies again.")
            return
        }
        guard let counts, ["yes", "no"].contains(counts) else { throw BadInput("--counts is required: yes or no (or --clear to withdraw the decision)") }
        if a.hrDecision != nil && (trimmedReason ?? "").isEmpty {
            throw BadInput("absence \(id) already has an HR decision; give --reason to change it (kept in the history); nothing was changed")
        }
        let day = try on.map { try Parsing.day($0, option: "--on") } ?? context.today
        if day > context.today { throw BadInput("--on \(day.iso) is in the future; nothing was changed") }
        let decision = HRDecision(counts: counts == "yes", decidedBy: by ?? context.actor, decidedOn: day, note: note)
        if a.hrDecision == decision { throw BadInput("absence \(id) already has that decision; nothing was changed") }
        let action = a.hrDecision == nil ? "hr-decision.add" : "hr-decision.edit"
        document.absences[index] = with(decision)
        let saved = try context.save(document, action: action, summary: "HR decided \(id) \(decision.counts ? "counts" : "does not count")", reason: trimmedReason)
        print("Recorded HR's decision on absence \(id) for \(saved.name): it \(decision.counts ? "counts" : "does not count") towards the triggers (\(decision.decidedBy), \(day.ukDisplay)).")
    }
}

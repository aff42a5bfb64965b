import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend absence edit`: changes the fields given, keeps the rest, with a reason (issue 12).
/// The same checks as `add` (dates, fractions, overlaps) run on the edited absence, and every
/// figure, duty and screen follows it at once.
struct AbsenceEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct an absence: change the fields given, with a reason.",
        discussion: """
            Example:
              attend absence edit --employee jack-thompson --id a13 --to 2026-11-25 --reason "came back a day later"
            `--to none` makes the absence ongoing again; `--related none` and `--worked-fraction none` clear them.
            """)

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("Absence type id (see `attend absence types`).", valueName: "type")) var type: String?
    @Option(help: ArgumentHelp("First day.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day, or none (ongoing).", valueName: "date")) var to: String?
    @Option(name: .customLong("worked-fraction"), help: ArgumentHelp("Fraction of the first day worked, or none.", valueName: "f")) var workedFraction: String?
    @Option(name: .customLong("last-worked-fraction"), help: ArgumentHelp("Fraction of the last day worked, or none.", valueName: "f")) var lastWorkedFraction: String?
    @Option(help: ArgumentHelp("Related category id, or none.", valueName: "category")) var related: String?
    @Option(help: ArgumentHelp("none, self or fit-note.", valueName: "kind")) var certificate: String?
    @Flag(help: "Print the corrected absence as JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .absence, in: document)
        let old = document.absences[index]
        if [type, from, to, workedFraction, lastWorkedFraction, related, certificate].allSatisfy({ $0 == nil }) {
            throw BadInput("nothing to change: give at least one of --type, --from, --to, --worked-fraction, --last-worked-fraction, --related, --certificate")
        }
        let newType = try type.map { text -> AbsenceType in
            guard let value = AbsenceType(rawValue: text) else { throw BadInput("--type '\(text)' is not allowed; expected one of \(AbsenceType.allowedValues)") }
            return value
        } ?? old.type
        let start = try from.map { try Parsing.day($0, option: "--from") } ?? old.start
        let end: CalendarDay? = try to.map { $0 == "none" ? nil : try Parsing.day($0, option: "--to") } ?? old.end
        func fraction(_ text: String?, _ option: String, _ current: Double?) throws -> Double? {
            guard let text else { return current }
            if text == "none" { return nil }
            guard let value = Double(text), value.isFinite else { throw BadInput("\(option) '\(text)' is not a number; expected a fraction from 0 up to (not including) 1, or none") }
            return value
        }
        let first = try fraction(workedFraction, "--worked-fraction", old.firstDayWorkedFraction)
        let last = try fraction(lastWorkedFraction, "--last-worked-fraction", old.lastDayWorkedFraction)
        let newRelated: RelatedCategory? = try related.map { text -> RelatedCategory? in
            if text == "none" { return nil }
            guard let value = RelatedCategory(rawValue: text) else { throw BadInput("--related '\(text)' is not allowed; expected one of \(RelatedCategory.allowedValues), or none") }
            return value
        } ?? old.related
        let newCertificate = try certificate.map { text -> CertificateKind in
            guard let value = CertificateKind(rawValue: text) else { throw BadInput("--certificate '\(text)' is not allowed; expected one of \(CertificateKind.allowedValues)") }
            return value
        } ?? old.certificate
        let edited = AbsenceRecord(id: old.id, type: newType, start: start, end: end, firstDayWorkedFraction: first, lastDayWorkedFraction: last,
                                   related: newRelated, reason: old.reason, certificate: newCertificate,
                                   fitNoteFrom: newCertificate == .fitNote ? old.fitNoteFrom : nil, hrDecision: old.hrDecision)
        if edited == old { throw BadInput("absence \(old.id) already has those values; nothing was changed") }
        var others = document
        others.absences.remove(at: index)
        let problems = others.problems(adding: edited, today: context.today)
        if !problems.isEmpty {
            throw BadInput("cannot correct absence \(old.id) for \(document.name); nothing was changed:\n  " + problems.joined(separator: "\n  "))
        }
        document.absences[index] = edited
        let saved = try context.save(document, action: "absence.edit", summary: "corrected \(old.id)", reason: reason)
        if json { try JSONOutput.print(edited); return }
        print("Corrected absence \(old.id) for \(saved.name): \(edited.start.ukDisplay)–\(edited.end?.ukDisplay ?? "ongoing"), \(edited.type.label).")
        for change in saved.history.last?.changes ?? [] { print("  \(change.text)") }
    }
}

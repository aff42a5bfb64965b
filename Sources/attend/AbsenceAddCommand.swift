import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend absence add`: record an absence of any type.
struct AbsenceAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record an absence (no --to: ongoing).",
        discussion: """
            Examples:
              attend absence add --employee e42 --type annual-leave --from 2026-12-21 --to 2026-12-24
              attend absence add --employee e42 --type sickness --from 2026-10-05 --to 2026-10-05 --worked-fraction 0.6
              attend absence add --employee e42 --type sickness --from 2026-09-01 --to 2026-09-12 --related pregnancy --certificate fit-note
            `attend absence types` lists the type and category ids.
            """)

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("Absence type id (see `attend absence types`).", valueName: "type")) var type: String
    @Option(help: ArgumentHelp("First day.", valueName: "date")) var from: String
    @Option(help: ArgumentHelp("Last day (omit while ongoing).", valueName: "date")) var to: String?
    @Option(name: .customLong("worked-fraction"), help: ArgumentHelp("Fraction of the first day worked (a part day).", valueName: "f")) var workedFraction: Double?
    @Option(help: ArgumentHelp("Related category id.", valueName: "category")) var related: String?
    @Option(help: ArgumentHelp("none, self or fit-note.", valueName: "kind")) var certificate: String = "none"
    @Flag(help: "Print the saved absence as JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        guard let absenceType = AbsenceType(rawValue: type) else {
            throw BadInput("--type '\(type)' is not allowed; expected one of \(AbsenceType.allowedValues)")
        }
        let relatedCategory = try related.map { text -> RelatedCategory in
            guard let value = RelatedCategory(rawValue: text) else {
                throw BadInput("--related '\(text)' is not allowed; expected one of \(RelatedCategory.allowedValues)")
            }
            return value
        }
        guard let cert = CertificateKind(rawValue: certificate) else {
            throw BadInput("--certificate '\(certificate)' is not allowed; expected one of \(CertificateKind.allowedValues)")
        }
        let start = try Parsing.day(from, option: "--from")
        let end = try Parsing.optionalDay(to, option: "--to")
        let record = AbsenceRecord(id: document.newAbsenceId(), type: absenceType, start: start, end: end,
                                   firstDayWorkedFraction: workedFraction, related: relatedCategory, certificate: cert)
        // The same absence again is an earlier run that did save, not an overlap to puzzle over.
        if let same = document.absences.first(where: { $0.type == absenceType && $0.start == start && $0.end == end }) {
            throw BadInput(RepeatOptions.message("the same absence", existing: same.id, in: document, canRepeat: false))
        }
        let problems = document.problems(adding: record, today: context.today)
        if !problems.isEmpty {
            throw BadInput("cannot add the absence for \(document.name) (\(document.id)); nothing was saved:\n  " + problems.joined(separator: "\n  "))
        }
        document.absences.append(record)
        try context.save(document, action: "absence.add", summary: "\(absenceType.rawValue) from \(start.iso) (\(record.id))")
        if json { try JSONOutput.print(record); return }
        print("Added \(record.id): \(absenceType.label) \(start.ukDisplay)–\(end?.ukDisplay ?? "ongoing") for \(document.name).")
    }
}

import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend absence list`: an employee's absences.
struct AbsenceListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List an employee's absences, newest first.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var privacy: PrivacyOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        let document = try context.employee(employee)
        let absences = document.absences.sorted { $0.start > $1.start }
        if json { privacy.warnIfIncluded(); try JSONOutput.print(absences.map(privacy.shown)); return }
        if privacy.includePrivate { privacy.warnIfIncluded() }
        if absences.isEmpty { print("No absences recorded for \(document.name)."); return }
        for a in absences {
            var extras: [String] = []
            if let f = a.firstDayWorkedFraction { extras.append("first day \(Int(f * 100))% worked") }
            if let f = a.lastDayWorkedFraction { extras.append("last day \(Int(f * 100))% worked") }
            if let r = a.related { extras.append(r.label) }
            if a.certificate != .none { extras.append(a.certificate.rawValue) }
            if let d = privacy.shown(a).hrDecision {
                extras.append("HR decided \(d.counts ? "it counts" : "it does not count"), \(d.decidedBy) \(d.decidedOn.ukDisplay)\(d.note.map { ": \($0)" } ?? "")")
            }
            print("\(a.id)  \(a.start.ukDisplay)–\(a.end?.ukDisplay ?? "ongoing  ")  \(DisplayWidth.pad(a.type.label, 28))\(extras.isEmpty ? "" : " (\(extras.joined(separator: ", ")))")")
        }
    }
}

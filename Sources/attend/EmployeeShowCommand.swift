import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend employee show ID`: one employee, their figures, duties and history.
struct EmployeeShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one employee: status, figures, triggers, duties and absences.")

    @Argument(help: ArgumentHelp("Employee id.", valueName: "id")) var id: String
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var privacy: PrivacyOptions
    @OptionGroup var storeOptions: StoreOptions

    struct Shown: Encodable {
        let employee: EmployeeDocument
        let status: String
        let evaluation: EvaluationJSON
    }

    func run() throws {
        let context = try storeOptions.load()
        let employee = try context.employee(id)
        let policy = try context.policy(for: employee)
        let (evaluation, duties, script) = try context.assess(employee, on: context.today)
        let status = EmployeeStatus.of(employee, on: context.today)
        if json {
            try JSONOutput.print(Shown(employee: privacy.shown(employee), status: status.text, evaluation: EvaluationJSON(evaluation, duties: duties, script: script)))
            return
        }
        let team = employee.teamId.flatMap { t in context.organisation.teams.first { $0.id == t }?.name } ?? "-"
        print("\(employee.name) (\(employee.id)) — \(status.text)")
        print("Team \(team); works \(employee.pattern.sortedDays.map(\.id).joined(separator: ",")), FTE \(TriggerEvaluator.format(employee.fte)); \(context.nation(for: employee).name); \(policy.name)")
        print("")
        EvaluationPrinter.print(evaluation, duties: duties, script: [], today: context.today)
        if !script.isEmpty { print("\nReturn-to-work interview: \(Plural.of(script.count, "prompt")) (`attend interview start --employee \(employee.id)`)") }
        print("\nAbsences:")
        for absence in employee.absences.sorted(by: { $0.start > $1.start }).prefix(20) {
            let end = absence.end.map { $0.ukDisplay } ?? "ongoing"
            print("  \(absence.id)  \(absence.start.ukDisplay)–\(end)  \(absence.type.label)\(absence.related.map { " (\($0.label))" } ?? "")")
            for call in employee.sicknessCalls where call.absenceId == absence.id { print("      \(call.id): \(call.recorded)") }
        }
        if employee.absences.count > 20 { print("  … \(employee.absences.count - 20) older (`attend absence list --employee \(employee.id)`)") }
        if !employee.ohReferrals.isEmpty {
            // Ids, dates and who only: the note is private.
            print("\nOccupational health referrals:")
            for referral in employee.ohReferrals.sorted(by: { $0.referredOn > $1.referredOn }) {
                print("  \(referral.id)  \(referral.referredOn.ukDisplay)  for absence \(referral.absenceId), by \(referral.by)")
            }
        }
        let privateTexts = employee.privateTextEntries
        if privacy.includePrivate {
            privacy.warnIfIncluded()
            print("\nPrivate notes:")
            if privateTexts.isEmpty { print("  none held") }
            for entry in privateTexts { print("  \(entry.record): \(entry.text)") }
        } else if !privateTexts.isEmpty {
            print("\n\(privateTexts.count) private note\(privateTexts.count == 1 ? "" : "s") held (`--include-private` to show them).")
        }
    }
}

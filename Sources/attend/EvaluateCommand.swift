import AttendanceRules
import ArgumentParser
import Foundation

/// `attend evaluate`: every rule the policy applies to one employee's absences on a date.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate one employee's absences under a policy: figures, triggers, next step, duties and the RTW script.",
        discussion: """
            The input file (or - for standard input) is JSON:
              { "pattern": {"days": ["mon","tue","wed","thu","fri"], "hoursPerDay": 7.5},
                "nation": "england-and-wales", "fte": 1,
                "absences": [ {"type": "sickness", "from": "2026-10-05", "to": "2026-10-08", "certificate": "self"} ],
                "warnings": [ {"stage": "stage1", "issued": "2026-03-01", "scoreAtIssue": 160} ],
                "facts": {"rtwHeldOn": "2026-10-09", "contacts": ["2026-10-06"],
                          "fitNotes": [{"from": "2026-10-12", "to": "2026-10-25", "received": "2026-10-13"}]} }
            Only "absences" is required. Example:
              attend evaluate --policy newcastle-2016 --input employee.json --as-of 2026-11-20
            """)

    @Option(help: ArgumentHelp("Policy id (see `attend policies`).", valueName: "id")) var policy: String
    @Option(help: ArgumentHelp("The employee file (JSON), or - for standard input.", valueName: "file")) var input: String
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The evaluation date (default: today).", valueName: "date")) var asOf: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var data: DataOptions

    func run() throws {
        let profile = try data.policy(policy)
        let bytes: Data?
        if input == "-" {
            // readToEnd throws on a read error where readDataToEndOfFile would trap.
            do { bytes = try FileHandle.standardInput.readToEnd() ?? Data() } catch { throw BadInput("cannot read --input - (standard input): \(error)") }
        } else {
            bytes = FileManager.default.contents(atPath: input)
        }
        guard let bytes else { throw BadInput("cannot read --input \(input): no such readable file") }
        let decoded: EvaluateInput
        do {
            decoded = try JSONDecoder().decode(EvaluateInput.self, from: bytes)
        } catch let error as DecodingError {
            throw BadInput("--input \(PolicyLoader.describe(error, file: input))")
        }
        let (records, problems) = decoded.records()
        if !problems.isEmpty { throw BadInput("--input \(input):\n  " + problems.joined(separator: "\n  ")) }
        let date = try asOf.map { try Parsing.day($0, option: "--as-of") } ?? Today.day()
        if let fte = decoded.fte, !(fte > 0 && fte <= 1) { throw BadInput("--input \(input): fte \(fte) is out of range; expected more than 0 and at most 1") }

        let holidays = try data.holidays()
        let employee = EmployeeRecord(id: "employee", pattern: decoded.pattern ?? .mondayToFriday, nation: decoded.nation ?? .englandAndWales,
                                      fte: decoded.fte ?? 1, absences: records, warnings: decoded.warnings ?? [])
        let evaluator = AttendanceEvaluator(policy: profile, holidays: holidays)
        let evaluation = evaluator.evaluate(employee, asOf: date)
        if decoded.facts?.fitNoteReceivedOn != nil {
            throw BadInput("--input \(input): facts.fitNoteReceivedOn is not read: a fit note is given with the days it covers, as facts.fitNotes [{\"from\": DATE, \"to\": DATE, \"received\": DATE}]")
        }
        if let bad = decoded.facts?.fitNotes?.first(where: { $0.to < $0.from }) {
            throw BadInput("--input \(input): facts.fitNotes: a note from \(bad.from.iso) to \(bad.to.iso) ends before it starts; \"to\" must be on or after \"from\"")
        }
        let facts = decoded.facts.map {
            AbsenceFacts(rtwHeldOn: $0.rtwHeldOn, contacts: $0.contacts ?? [], selfCertificateReceived: $0.selfCertificateReceived ?? false,
                         fitNotes: $0.fitNotes ?? [], occupationalHealthReferredOn: $0.occupationalHealthReferredOn,
                         latestMedicalEvidence: $0.latestMedicalEvidence ?? $0.fitNotes?.map(\.received).max())
        } ?? AbsenceFacts()
        let planner = DutyPlanner(policy: profile, employeeCalendar: evaluator.calendar(for: employee),
                                  organisationCalendar: .organisation(nation: employee.nation, holidays: holidays))
        // The facts in the file are about the absences in it, so every spell shares them.
        let spells = planner.duties(for: employee, figures: evaluation.figures, facts: { _ in facts }, asOf: date)
        let duties = spells.flatMap(\.duties)
        let latest = spells.last
        let latestRecords = records.filter { r in latest?.spell.recordIds.contains(r.id) == true }
        let script = latest.map { $0.spell.ongoing ? [] : RTWScriptBuilder.script(policy: profile, spell: $0.spell, records: latestRecords, evaluation: evaluation, duties: $0.duties) } ?? []

        if json {
            try JSONOutput.print(EvaluationJSON(evaluation, duties: duties, script: script))
            return
        }
        print(profile.name)
        EvaluationPrinter.print(evaluation, duties: duties, script: script, today: date)
    }
}

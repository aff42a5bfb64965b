import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend triggers`: everyone's figures and triggers, or the week's review.
struct TriggersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triggers", abstract: "Everyone's figures, triggers hit and recommended next step; --week for the weekly review.",
        discussion: """
            attend triggers --as-of 2026-11-20 --json
            attend triggers --week            # newly hit in the 7 days ending today, and everything due or overdue
            """)

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluation date (default: today).", valueName: "date")) var asOf: String?
    @Flag(help: "The weekly review: who newly hit a trigger in the 7 days ending on the as-of date, and what is due or overdue.") var week = false
    @OptionGroup var teamOption: TeamOption
    @Flag(help: "Only employees with a trigger hit.") var hitOnly = false
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    struct Row: Encodable {
        let employee: String
        let name: String
        let policy: String
        let windowStart: String
        let windowEnd: String
        let spells: Int
        let calendarDays: Int
        let workingDays: Int
        let bradford: Double?
        let triggersHit: [String]
        let nextStep: String
        let nextStage: String?
        let hrAdviceFirst: [String]
    }

    func run() throws {
        let context = try storeOptions.load()
        let day = try asOf.map { try Parsing.day($0, option: "--as-of") } ?? context.today
        // Leavers are not measured once they have gone (their records stay for the history).
        let employees = try teamOption.select(context.snapshot.employees, organisation: context.organisation).filter { $0.isEmployed(on: day) }
        if week {
            let review = try WeeklyReview.build(context: context, employees: employees, asOf: day)
            if json { try JSONOutput.print(review) } else { review.printText() }
            return
        }
        // Every policy is resolved first (an unknown one is bad input); the evaluations, pure and
        // independent, then run on all cores.
        let work = try employees.map { (employee: $0, policy: try context.policy(for: $0)) }
        let organisation = context.organisation, holidays = context.holidays
        let evaluations = ConcurrentMap.map(work, chunkSize: 32) { item in
            AttendanceEvaluator(policy: item.policy, holidays: holidays)
                .evaluate(item.employee.rulesRecord(organisation: organisation), asOf: day)
        }
        var rows: [Row] = []
        for ((employee, policy), e) in zip(work, evaluations) {
            if hitOnly && e.triggersHit.isEmpty { continue }
            rows.append(Row(employee: employee.id, name: employee.name, policy: policy.id, windowStart: e.figures.windowStart.iso,
                            windowEnd: day.iso, spells: e.figures.occasions, calendarDays: e.figures.calendarDays,
                            workingDays: e.figures.workingDays, bradford: e.figures.bradford, triggersHit: e.triggersHit,
                            nextStep: e.nextStep.title, nextStage: e.nextStep.stage, hrAdviceFirst: e.nextStep.hrAdviceFirst))
        }
        if json { try JSONOutput.print(rows); return }
        let nameWidth = max(4, rows.map { DisplayWidth.of($0.name) }.max() ?? 0)
        print("Triggers as of \(day.ukDisplay)")
        print("\(DisplayWidth.pad("NAME", nameWidth))  SPELLS  CD  WD  BRADFORD  HIT / NEXT STEP")
        for r in rows {
            let bradford = r.bradford.map { TriggerEvaluator.format($0) } ?? "-"
            let hits = r.triggersHit.isEmpty ? "-" : r.triggersHit.joined(separator: ",")
            print("\(DisplayWidth.pad(r.name, nameWidth))  \(DisplayWidth.pad(String(r.spells), 6))  \(DisplayWidth.pad(String(r.calendarDays), 2))  \(DisplayWidth.pad(String(r.workingDays), 2))  \(DisplayWidth.pad(bradford, 8))  \(hits)\(r.nextStage == nil ? "" : " → \(r.nextStep)")\(r.hrAdviceFirst.isEmpty ? "" : " [HR advice first]")")
        }
    }
}

import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend stage record`: a stage outcome, or an appeal against one.
struct StageRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record a stage outcome, or update its appeal with --record.",
        discussion: """
            attend stage record --employee e42 --stage stage1 --outcome warning --on 2026-11-26 --review-until 2027-01-26
            attend stage record --employee e42 --record s-1 --appeal-lodged 2026-12-01 --appeal-heard 2026-12-10 --appeal-result dismissed
            A warning records the Bradford score on the day it is issued (for the stage-skip gap, AMB-11).
            """)

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("Stage id (e.g. stage1).", valueName: "stage")) var stage: String?
    @Option(help: ArgumentHelp("warning, no-warning, no-further-action, extend-review, dismissal or redeployment.", valueName: "outcome")) var outcome: String?
    @Option(help: ArgumentHelp("Decision date.", valueName: "date")) var on: String?
    @Option(help: ArgumentHelp("The meeting it followed.", valueName: "id")) var meeting: String?
    @Option(name: .customLong("review-until"), help: ArgumentHelp("End of the review period.", valueName: "date")) var reviewUntil: String?
    @Option(name: .customLong("validity-months"), help: ArgumentHelp("Warning validity when the policy sets none.", valueName: "n")) var validityMonths: Int?
    @Option(help: ArgumentHelp("Update this existing record's appeal.", valueName: "id")) var record: String?
    @OptionGroup var appealOptions: AppealOptions
    @Flag(help: "Print the saved stage record as JSON.") var json = false
    @OptionGroup var repeatOptions: RepeatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let policy = try context.policy(for: document)
        if let recordId = record {
            guard let index = document.stages.firstIndex(where: { $0.id == recordId }) else {
                throw BadInput("--record '\(recordId)' is not one of \(document.name)'s stage records (\(document.stages.map(\.id).joined(separator: ", ")))")
            }
            // Removing an appeal recorded by mistake is a correction, with a reason: `stage edit`.
            if appealOptions.appealLodged == "none" { throw BadInput("to remove an appeal recorded by mistake use `attend stage edit --id \(recordId) --appeal-lodged none --reason TEXT`") }
            let existing = document.stages[index]
            guard let appeal = try appealOptions.appeal(over: existing.appeal, decidedOn: existing.decidedOn, today: context.today) else {
                throw BadInput("give --appeal-lodged DATE")
            }
            document.stages[index].appeal = appeal
            try context.save(document, action: "stage.appeal", summary: "appeal on \(recordId)")
            print("Recorded the appeal on \(recordId).")
            return
        }
        guard let stage, let rule = policy.stage(stage) else {
            throw BadInput("--stage '\(stage ?? "")' is not a stage of \(policy.id); expected one of \(policy.stages.map(\.id).joined(separator: ", "))")
        }
        guard let outcomeText = outcome, let kind = StageOutcomeKind(rawValue: outcomeText) else {
            throw BadInput("--outcome '\(outcome ?? "")' is not allowed; expected one of \(StageOutcomeKind.allowedValues)")
        }
        let day = try on.map { try Parsing.day($0, option: "--on") } ?? context.today
        let review = try Parsing.optionalDay(reviewUntil, option: "--review-until")
        let id = StoreContext.newId("s", existing: document.stages.map(\.id))
        let check = StageOutcomeCheck(policy: policy, holidays: context.holidays, organisation: context.organisation, today: context.today)
        var outcome: StageRecord
        switch check.outcome(id: id, stage: stage, outcome: kind, decidedOn: day, meetingId: meeting, reviewUntil: review,
                             validityMonths: validityMonths, in: document) {
        case .success(let record): outcome = record
        case .failure(let problems): throw problems.badInput("nothing was saved")
        }
        outcome.appeal = try appealOptions.appeal(over: nil, decidedOn: day, today: context.today)
        let warning = outcome.warning
        let same = document.stages.first { $0.stage == stage && $0.decidedOn == day && $0.outcome == kind && $0.meetingId == meeting && $0.reviewPeriodEnd == review }
        try repeatOptions.refuse("the same \(rule.name) outcome", existing: same?.id, in: document)
        document.stages.append(outcome)
        try context.save(document, action: "stage.record", summary: "\(stage) \(kind.rawValue) (\(id))")
        if json, let saved = document.stages.last { try JSONOutput.print(saved); return }
        print("Recorded \(rule.name): \(kind.rawValue) on \(day.ukDisplay) (\(id)).")
        if let warning, let lapse = warning.lapseDate(under: policy) {
            print("  \(rule.warning?.name ?? "Warning") lapses on \(lapse.ukDisplay)\(warning.scoreAtIssue.map { "; score at issue \(TriggerEvaluator.format($0))" } ?? "") [\(rule.warning?.source ?? "")]")
        }
        print("Write the outcome letter with `attend letter write --employee \(document.id) --kind outcome --outcome \(id) --output FILE.docx`.")
    }
}

import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend stage edit`: corrects a stage outcome (the stage, what was decided and when, the
/// meeting, the review period, the appeal), with a reason. The same checks as a new outcome
/// run (`StageOutcomeCheck`); a warning's score at issue is taken again for a new decision day.
struct StageEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a stage outcome or its appeal: change the fields given, with a reason.",
        discussion: """
            attend stage edit --employee e42 --id s-1 --review-until 2027-02-26 --reason "review agreed as three months"
            attend stage edit --employee e42 --id s-1 --appeal-result upheld --reason "appeal panel letter of 10/12"
            A withdrawn warning is withdrawn with `stage withdraw-warning`; a record made in error is voided with `stage void`.
            """)

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("Stage id (e.g. stage1).", valueName: "stage")) var stage: String?
    @Option(help: ArgumentHelp("warning, no-warning, no-further-action, extend-review, dismissal or redeployment.", valueName: "outcome")) var outcome: String?
    @Option(help: ArgumentHelp("Decision date.", valueName: "date")) var on: String?
    @Option(help: ArgumentHelp("The meeting it followed, or none.", valueName: "id")) var meeting: String?
    @Option(name: .customLong("review-until"), help: ArgumentHelp("End of the review period, or none.", valueName: "date")) var reviewUntil: String?
    @Option(name: .customLong("validity-months"), help: ArgumentHelp("Warning validity when the policy sets none.", valueName: "n")) var validityMonths: Int?
    @OptionGroup var appealOptions: AppealOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .stage, in: document)
        let policy = try context.policy(for: document)
        if [stage, outcome, on, meeting, reviewUntil].allSatisfy({ $0 == nil }) && validityMonths == nil && !appealOptions.given {
            throw BadInput("nothing to change: give at least one of --stage, --outcome, --on, --meeting, --review-until, --validity-months, --appeal-lodged, --appeal-heard, --appeal-result")
        }
        let old = document.stages[index]
        let kind = try outcome.map { text -> StageOutcomeKind in
            guard let kind = StageOutcomeKind(rawValue: text) else { throw BadInput("--outcome '\(text)' is not allowed; expected one of \(StageOutcomeKind.allowedValues)") }
            return kind
        } ?? old.outcome
        let day = try on.map { try Parsing.day($0, option: "--on") } ?? old.decidedOn
        let meetingId = meeting.map { $0 == "none" ? nil : $0 } ?? old.meetingId
        let review = try reviewUntil.map { $0 == "none" ? nil : try Parsing.day($0, option: "--review-until") } ?? old.reviewPeriodEnd
        let stageId = stage ?? old.stage
        // Keep the warning's own validity unless a new one is given (or the stage changes).
        let months = validityMonths ?? (stageId == old.stage ? old.warning?.validity.flatMap { $0.unit == .months ? $0.amount : nil } : nil)
        let check = StageOutcomeCheck(policy: policy, holidays: context.holidays, organisation: context.organisation, today: context.today)
        var edited: StageRecord
        switch check.outcome(id: old.id, stage: stageId, outcome: kind, decidedOn: day, meetingId: meetingId, reviewUntil: review,
                             validityMonths: months, keeping: old, in: document) {
        case .success(let record): edited = record
        case .failure(let problems): throw problems.badInput("nothing was changed")
        }
        edited.appeal = try appealOptions.appeal(over: old.appeal, decidedOn: day, today: context.today)
        if edited == old { throw BadInput("stage record \(old.id) already has those values; nothing was changed") }
        document.stages[index] = edited
        let saved = try context.save(document, action: "stage.edit", summary: "corrected \(old.id)", reason: reason)
        print("Corrected stage record \(old.id) for \(saved.name): \(policy.stage(edited.stage)?.name ?? edited.stage), \(edited.outcome.rawValue) on \(edited.decidedOn.ukDisplay).")
        for change in saved.history.last?.changes ?? [] { print("  \(change.text)") }
        if old.warning != nil && edited.warning == nil { print("  The warning is no longer on this record: it is not live and counts towards no stage rule.") }
    }
}

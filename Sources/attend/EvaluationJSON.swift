import AttendanceRules

/// The `--json` shape of `attend evaluate`.
struct EvaluationJSON: Encodable {
    struct Spell: Encodable {
        let start: String
        let end: String
        let ongoing: Bool
        let countsAsOccasion: Bool
        let calendarDays: Int
        let workingDays: Int
        let notCounted: [NotCounted]
    }

    struct NotCounted: Encodable {
        let days: Int
        let reason: String
    }

    struct Trigger: Encodable {
        let id: String
        let hit: Bool
        let value: Double
        let threshold: Double
        let comparator: String
        let explanation: String
        let source: String
    }

    struct Step: Encodable {
        let stage: String?
        let title: String
        let reasons: [String]
        let hrAdviceFirst: [String]
        let preconditions: [String]
    }

    struct Warning: Encodable {
        let stage: String
        let name: String
        let issued: String
        let lapses: String?
        let live: Bool
    }

    struct DutyJSON: Encodable {
        let id: String
        let title: String
        let owner: String
        let due: String?
        let status: String
        let source: String
        /// The first day of the spell the duty belongs to.
        let spellStart: String?
    }

    struct Prompt: Encodable {
        let id: String
        let text: String
        let context: String?
        let source: String
    }

    let policy: String
    let asOf: String
    let windowStart: String
    let spells: Int
    let calendarDays: Int
    let workingDays: Int
    let bradford: Double?
    let spellDetail: [Spell]
    let triggers: [Trigger]
    let triggersHit: [String]
    let nextStep: Step
    let patterns: [String]
    let warnings: [Warning]
    let duties: [DutyJSON]
    let rtwScript: [Prompt]

    init(_ e: EmployeeEvaluation, duties: [Duty], script: [RTWPrompt]) {
        let f = e.figures
        policy = e.policyId
        asOf = f.asOf.iso
        windowStart = f.windowStart.iso
        spells = f.occasions
        calendarDays = f.calendarDays
        workingDays = f.workingDays
        bradford = f.bradford
        spellDetail = f.spells.map {
            Spell(start: $0.start.iso, end: $0.end.iso, ongoing: $0.ongoing, countsAsOccasion: $0.countsAsOccasion,
                  calendarDays: $0.countedCalendarDays, workingDays: $0.countedWorkingDays,
                  notCounted: $0.excluded.map { NotCounted(days: $0.days, reason: $0.reason.text) })
        }
        triggers = e.triggers.map {
            Trigger(id: $0.id, hit: $0.hit, value: $0.value, threshold: $0.threshold, comparator: $0.comparator.rawValue,
                    explanation: $0.explanation, source: $0.source)
        }
        triggersHit = e.triggersHit
        nextStep = Step(stage: e.nextStep.stage, title: e.nextStep.title, reasons: e.nextStep.reasons,
                        hrAdviceFirst: e.nextStep.hrAdviceFirst, preconditions: e.nextStep.preconditions.map { "\($0.text) (\($0.source))" })
        patterns = e.patterns.observations
        warnings = e.warnings.map { Warning(stage: $0.warning.stage, name: $0.name, issued: $0.warning.issued.iso, lapses: $0.lapses?.iso, live: $0.live) }
        self.duties = duties.map { DutyJSON(id: $0.id, title: $0.title, owner: $0.owner, due: $0.due?.iso, status: $0.status.rawValue, source: $0.source,
                                                 spellStart: $0.spellStart?.iso) }
        rtwScript = script.map { Prompt(id: $0.id, text: $0.text, context: $0.context, source: $0.source) }
    }
}

import AttendanceRules
import AttendanceStore

/// The return-to-work interview script for one ended sickness absence, computed as the CLI
/// does (`RTWScriptBuilder` with the evaluation and duties at the return), with the facts to
/// show beside every prompt and whether the interview is overdue under the policy.
public struct InterviewScript: Hashable, Sendable {
    public let absence: AbsenceRecord
    /// The policy's prompts chosen for this absence, in order.
    public let prompts: [RTWPrompt]
    /// Lines shown beside every prompt: dates, certificate, Bradford score and what it means,
    /// triggers reached, patterns, next step.
    public let context: [String]
    /// The interview duty's due day under the policy (nil when the policy sets none).
    public let due: CalendarDay?
    /// The first day the interview counts as overdue, when it is overdue today.
    public let overdueSince: CalendarDay?
    /// Where the policy sets the interview's timing.
    public let dutySource: String?

    /// The sickness absence to interview about by default: the latest one that has ended.
    public static func latestEndedSickness(_ employee: EmployeeDocument) -> AbsenceRecord? {
        employee.absences.filter { $0.end != nil && $0.type == .sickness }.max { $0.start < $1.start }
    }

    /// The script for `absence` of employee `id` (nil when the employee, policy or absence end is missing).
    public init?(data: AppData, employeeId id: String, absence: AbsenceRecord) {
        guard let employee = data.employee(id), let policy = data.policy(for: employee), let end = absence.end else { return nil }
        self.absence = absence
        let evaluator = AttendanceEvaluator(policy: policy, holidays: data.holidays)
        let record = employee.rulesRecord(organisation: data.organisation)
        let planner = DutyPlanner(policy: policy, employeeCalendar: evaluator.calendar(for: record),
                                  organisationCalendar: .organisation(nation: data.nation(for: employee), holidays: data.holidays))
        func assess(_ day: CalendarDay) -> (EmployeeEvaluation, SpellFigures?, [AbsenceRecord], [Duty]) {
            let evaluation = evaluator.evaluate(record, asOf: day)
            let spells = evaluation.figures.spells
            guard let spell = spells.last(where: { $0.recordIds.contains(absence.id) }) ?? spells.last else { return (evaluation, nil, [], []) }
            let records = employee.absences.filter { spell.recordIds.contains($0.id) }
            let duties = planner.duties(spell: spell, records: records, leave: record.absences.filter { $0.type == .annualLeave },
                                        facts: PersonSummary.facts(for: employee, absenceIds: spell.recordIds), asOf: day)
            return (evaluation, spell, records, duties)
        }
        // Evaluated on the day of return (or today, if earlier), as `attend interview start` does.
        let returnDay = end.next
        var (evaluation, spell, records, duties) = assess(min(data.today, returnDay))
        var prompts = spell.map { $0.ongoing ? [] : RTWScriptBuilder.script(policy: policy, spell: $0, records: records, evaluation: evaluation, duties: duties) } ?? []
        if prompts.isEmpty {
            (evaluation, spell, records, duties) = assess(returnDay)
            prompts = spell.map { RTWScriptBuilder.script(policy: policy, spell: $0, records: records, evaluation: evaluation, duties: duties) } ?? []
        }
        self.prompts = prompts
        // Whether the interview is overdue: the duties as they stand today.
        let (_, _, _, dutiesToday) = assess(data.today)
        let rtw = dutiesToday.first { $0.id == "rtw-interview" }
        due = rtw?.due
        dutySource = rtw?.source
        overdueSince = rtw?.status == .overdue ? rtw?.due?.next : nil
        context = Self.contextLines(absence: absence, records: records, spell: spell, evaluation: evaluation, duties: duties)
    }

    static func contextLines(absence: AbsenceRecord, records: [AbsenceRecord], spell: SpellFigures?,
                             evaluation: EmployeeEvaluation, duties: [Duty]) -> [String] {
        var lines: [String] = []
        let end = absence.end ?? absence.start
        let days = absence.start.days(to: end) + 1
        lines.append("Absence: \(absence.start.ukDisplay)–\(end.ukDisplay) (\(days) calendar day\(days == 1 ? "" : "s")), back \(end.next.ukDisplay)")
        if let spell, spell.recordIds.count > 1 {
            lines.append("Spell: \(spell.start.ukDisplay)–\(spell.end.ukDisplay), \(spell.recordIds.count) linked absences")
        }
        let certificate: String
        switch absence.certificate {
        case .none: certificate = "none recorded"
        case .selfCertificate: certificate = "self-certificate received"
        case .fitNote: certificate = "fit note received"
        }
        let certDuties = duties.filter { ["self-certificate", "fit-note"].contains($0.id) && $0.status != .notNeeded }
            .map { "\($0.title): \($0.status.rawValue)" }
        lines.append("Certificate: " + ([certificate] + certDuties).joined(separator: "; "))
        let f = evaluation.figures
        if let bradford = f.bradford {
            let rules = evaluation.triggers.filter { $0.metric == .bradford }
            let hit = rules.filter(\.hit).max { $0.threshold < $1.threshold }
            let next = rules.filter { !$0.hit }.min { $0.threshold < $1.threshold }
            var meaning = "\(f.occasions) occasion\(f.occasions == 1 ? "" : "s") × \(f.occasions) × \(TriggerEvaluator.format(f.bradfordDays ?? 0)) days"
            if let hit { meaning += "; reaches \(hit.label) (\(TriggerEvaluator.format(hit.threshold)))" }
            if let next { meaning += "; below \(next.label) (\(TriggerEvaluator.format(next.threshold)))" }
            if hit == nil && next == nil { meaning += "; the policy sets no Bradford trigger" }
            lines.append("Bradford score \(TriggerEvaluator.format(bradford)): \(meaning)")
        } else {
            lines.append("Figures: \(f.occasions) occasion\(f.occasions == 1 ? "" : "s"), \(f.workingDays) working days in the window")
        }
        let hits = evaluation.triggers.filter(\.hit)
        lines.append(hits.isEmpty ? "Triggers reached: none" : "Triggers reached: " + hits.map(\.label).joined(separator: "; "))
        let observations = evaluation.patterns.observations
        if !observations.isEmpty { lines.append("Patterns: " + observations.joined(separator: "; ")) }
        let categories = Set(records.compactMap(\.related)).sorted { $0.rawValue < $1.rawValue }
        if !categories.isEmpty { lines.append("Possible exclusion: " + categories.map(\.label).joined(separator: "; ")) }
        let oh = duties.filter { $0.id.hasPrefix("oh-referral") }.map(\.title)
        if !oh.isEmpty { lines.append("Occupational health: " + oh.joined(separator: "; ")) }
        lines.append("Next step: \(evaluation.nextStep.title)")
        return lines
    }

    /// Ids of the prompts `interview` has no answer for.
    public func unanswered(_ interview: RTWInterview?) -> [String] {
        prompts.filter { (interview?.answers[$0.id] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }.map(\.id)
    }
}

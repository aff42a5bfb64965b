/// Builds the return-to-work interview script for an absence: the policy's ordered prompts
/// (catalogue section 7.6) chosen for the situation, each with its context and source.
public enum RTWScriptBuilder {
    /// The prompts for a spell, given the employee's evaluation on the day of return and its duties.
    public static func script(policy: PolicyProfile, spell: SpellFigures?, records: [AbsenceRecord],
                              evaluation: EmployeeEvaluation, duties: [Duty]) -> [RTWPrompt] {
        let hits = evaluation.triggers.filter(\.hit)
        let certificates = duties.filter { ["self-certificate", "fit-note"].contains($0.id) && $0.status != .notNeeded }
        let categories = Set(records.compactMap(\.related)).filter { policy.counting.treatment(of: $0)?.treatment != .count }
        let ohDuties = duties.filter { $0.id.hasPrefix("oh-referral") }
        let ohTriggers = hits.filter { policy.occupationalHealth?.atTriggers.contains($0.id) == true }
        let longTerm = hits.first { $0.isLongTerm && spell.map { s in s.countsAsOccasion } == true }
        let bereavement = records.contains { [.bereavement, .compassionate].contains($0.type) }
        let observations = evaluation.patterns.observations

        return policy.returnToWork.prompts.compactMap { prompt -> RTWPrompt? in
            var context: String?
            switch prompt.when {
            case .always:
                break
            case .certificateToCheck:
                guard !certificates.isEmpty else { return nil }
                context = certificates.map { "\($0.title): \($0.status.rawValue)" }.joined(separator: "; ")
            case .bradfordScore:
                guard let score = evaluation.figures.bradford else { return nil }
                let f = evaluation.figures
                context = "Bradford score \(TriggerEvaluator.format(score)) = \(f.occasions) × \(f.occasions) × \(TriggerEvaluator.format(f.bradfordDays ?? 0)) days over \(f.windowStart.ukDisplay)–\(f.asOf.ukDisplay)"
            case .triggerReached:
                guard !hits.isEmpty else { return nil }
                context = hits.map(\.label).joined(separator: "; ") + "; next step: \(evaluation.nextStep.title)"
            case .possibleExclusion:
                guard !categories.isEmpty else { return nil }
                context = categories.sorted { $0.rawValue < $1.rawValue }.map { c in
                    "\(c.label): \(policy.counting.treatment(of: c)?.treatment.rawValue ?? "count")"
                }.joined(separator: "; ")
            case .occupationalHealth:
                guard !ohDuties.isEmpty || !ohTriggers.isEmpty else { return nil }
                context = (ohDuties.map(\.title) + ohTriggers.map(\.label)).joined(separator: "; ")
            case .phasedReturnAfterLongTerm:
                guard let longTerm else { return nil }
                context = longTerm.explanation
            case .bereavementOrCompassionate:
                guard bereavement else { return nil }
            case .patternOfConcern:
                guard !observations.isEmpty else { return nil }
                context = observations.joined(separator: "; ")
            }
            return RTWPrompt(id: prompt.id, text: prompt.text, context: context, source: prompt.source)
        }
    }
}

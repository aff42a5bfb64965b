/// Recommends the next step on a policy's stage ladder from the triggers hit and the
/// warnings on file, applying the entry, stage-skip and repeat rules of the profile.
public enum StageAdvisor {
    /// The recommended next step for an employee on `asOf`.
    ///
    /// - Stage entry needs a live warning from the stage below and, where the profile says so,
    ///   a rise in the score since that warning (NUL16 s21.3 [002:1329-1333], s21.4 [002:1383-1389], AMB-11);
    ///   without it the recommendation steps down a stage ("a Stage 2 warning may be appropriate now").
    /// - Repeat rules escalate directly (NUL16 s21.2.4 [002:1307]: two Stage 1 warnings in 2 years → Stage 2).
    /// - A counted absence starting while a warning is live leads to a review meeting or the next stage.
    /// - A long-term spell routes to the long-term procedure instead of the Bradford ladder (AMB-23).
    /// - No trigger-driven action before the first absence after the effective date (NUL16 [002:960], AMB-36).
    public static func advise(
        policy: PolicyProfile, figures: AbsenceFigures, triggers: [TriggerResult],
        warnings: [WarningRecord], asOf: CalendarDay
    ) -> NextStep {
        var hr: [String] = []
        for spell in figures.spells where spell.countsAsOccasion {
            for category in spell.needsHRAdvice {
                let source = policy.counting.treatment(of: category)?.source ?? policy.citationKey
                hr.append("\(category.label) absence from \(spell.start.ukDisplay): seek HR advice before further action (\(source))")
            }
        }
        if figures.bradfordPartTimeUnresolved, let rule = policy.bradford,
           triggers.contains(where: { $0.metric == .bradford && $0.hit }) {
            hr.append("Part-time employee: HR must choose how the Bradford score is pro-rated before acting on it (\(rule.source))")
        }
        let hits = triggers.filter(\.hit)
        let hitText = hits.map { "\($0.label): \($0.explanation) (\($0.source))" }

        if policy.actionsWaitForAbsenceAfterEffectiveDate == true, let effective = policy.effectiveDate,
           !figures.spells.contains(where: { $0.countsAsOccasion && $0.start >= effective }), !hits.isEmpty {
            return NextStep(
                stage: nil, title: "No action yet: the policy acts only from the first absence on or after \(effective.ukDisplay)",
                reasons: hitText + ["\(policy.citationKey) transition [002:960]"], hrAdviceFirst: hr, preconditions: [])
        }

        if let longTerm = policy.longTerm, longTerm.suppressesTriggerLadder,
           let lt = hits.first(where: \.isLongTerm),
           figures.spells.contains(where: { $0.ongoing && $0.countsAsOccasion }) {
            let kind = policy.meeting("long-term-review") != nil ? "long-term-review" : nil
            return NextStep(
                stage: kind, title: "Long-term absence route",
                reasons: ["\(lt.label): \(lt.explanation) (\(lt.source))",
                          "While a spell is long-term the long-term procedure applies instead of trigger stages (\(longTerm.source), AMB-23)"],
                hrAdviceFirst: hr, preconditions: [])
        }

        let live = warnings.filter { $0.isLive(on: asOf, under: policy) }
        func liveWarning(at stage: String) -> WarningRecord? {
            live.filter { $0.stage == stage }.max { $0.issued < $1.issued }
        }
        let highestLive = live.compactMap { w in policy.stageIndex(w.stage).map { (index: $0, warning: w) } }
            .max { ($0.index, $0.warning.issued) < ($1.index, $1.warning.issued) }

        var reasons = hitText
        var target = policy.stages.indices.last { policy.stages[$0].triggeredBy.contains { id in hits.contains { $0.id == id } } }
        // The stage a repeat rule sends the case to. The rule is its own way into that stage,
        // whatever the score and whether or not a warning below it is still live
        // (NUL16 s21.2.4 [002:1307]: "will automatically be addressed under Stage Two"), so a
        // higher score never yields a lower stage (D-59).
        var repeatStage: Int?
        if target != nil {
            for rule in policy.repeatRules {
                guard let escalate = policy.stageIndex(rule.escalateTo) else { continue }
                let since = Period(-rule.within.amount, rule.within.unit).calendarEnd(from: asOf) ?? asOf
                let counted = warnings.filter { $0.stage == rule.stage && $0.issued > since && $0.issued <= asOf }
                let count = counted.count
                // "Further failure": a counted absence that starts after the latest of those warnings.
                let latest = counted.map(\.issued).max() ?? asOf
                let furtherAbsence = figures.spells.contains { $0.countsAsOccasion && $0.start > latest }
                // Spent once a warning at the stage it escalates to (or above) has been issued
                // since: that stage has already addressed the further failure.
                let addressed = warnings.contains { w in
                    (policy.stageIndex(w.stage) ?? -1) >= escalate && w.issued >= latest && w.issued <= asOf
                }
                if count >= rule.count, furtherAbsence, !addressed, escalate > (repeatStage ?? -1) {
                    repeatStage = escalate
                    reasons.append("\(count) \(rule.stage) warnings issued since \(since.ukDisplay) and a further absence since the latest: escalate to \(rule.escalateTo) (\(rule.source))")
                }
            }
        }
        if let stage = repeatStage, stage > (target ?? -1) { target = stage }
        let byRepeat = repeatStage != nil && repeatStage == target

        // A further absence while a warning is live.
        func absenceWhileLive() -> NextStep? {
            guard let (index, warning) = highestLive, let mode = policy.stages[index].onAbsenceWhileWarningLive,
                  let spell = figures.spells.first(where: { $0.countsAsOccasion && $0.start > warning.issued }) else { return nil }
            let stage = policy.stages[index]
            let lapse = warning.lapseDate(under: policy).map { " (live until \($0.previous.ukDisplay))" } ?? ""
            let why = "Absence from \(spell.start.ukDisplay) while the \(stage.warning?.name ?? stage.name) issued \(warning.issued.ukDisplay) is live\(lapse) (\(stage.source))"
            switch mode {
            case .reviewMeeting:
                let kind = policy.meeting("\(stage.id)-review") != nil ? "\(stage.id)-review" : stage.id
                return NextStep(stage: kind, title: "\(stage.name): formal review meeting", reasons: reasons + [why],
                                hrAdviceFirst: hr, preconditions: stage.preconditions ?? [])
            case .nextStage:
                guard index + 1 < policy.stages.count else { return nil }
                let next = policy.stages[index + 1]
                return NextStep(stage: next.id, title: "\(next.name) may be invoked", reasons: reasons + [why],
                                hrAdviceFirst: hr + (next.hrAdviceFirst.map { ["\($0.text) (\($0.source))"] } ?? []),
                                preconditions: next.preconditions ?? [])
            }
        }

        guard var index = target else {
            if let step = absenceWhileLive() { return step }
            let below = triggers.map { "\($0.label): \($0.explanation) (\($0.source))" }
            return NextStep(stage: nil, title: "No trigger point reached", reasons: below, hrAdviceFirst: hr, preconditions: [])
        }

        // Already at or beyond this stage with a live warning: the warning's own rule applies.
        if let (liveIndex, _) = highestLive, liveIndex >= index, !byRepeat {
            if let step = absenceWhileLive() { return step }
            let stage = policy.stages[liveIndex]
            return NextStep(stage: nil, title: "Continue monitoring under the live \(stage.warning?.name ?? stage.name)",
                            reasons: reasons, hrAdviceFirst: hr, preconditions: [])
        }

        while index != repeatStage, let entry = policy.stages[index].entry {
            let stage = policy.stages[index]
            guard let below = policy.stageIndex(entry.requiresLiveWarningFrom) else { break }
            guard let warning = liveWarning(at: entry.requiresLiveWarningFrom) else {
                reasons.append("\(stage.name) needs a live \(policy.stages[below].warning?.name ?? entry.requiresLiveWarningFrom) and none is live: consider \(policy.stages[below].name) now (\(entry.source))")
                hr.append("Stage-skip case: consult HR before taking any action (\(entry.source))")
                index = below
                continue
            }
            if let gap = entry.minimumScoreRiseSinceWarning, let score = figures.bradford {
                if let at = warning.scoreAtIssue {
                    let rise = score - at
                    if rise < gap {
                        reasons.append("Score has risen \(TriggerEvaluator.format(rise)) since the \(warning.issued.ukDisplay) warning (score then \(TriggerEvaluator.format(at))); \(stage.name) needs a rise of at least \(TriggerEvaluator.format(gap)) (\(entry.source))")
                        if let step = absenceWhileLive() { return NextStep(stage: step.stage, title: step.title, reasons: reasons + step.reasons.suffix(1), hrAdviceFirst: step.hrAdviceFirst, preconditions: step.preconditions) }
                        return NextStep(stage: nil, title: "Continue monitoring under the live \(policy.stages[below].warning?.name ?? "warning")",
                                        reasons: reasons, hrAdviceFirst: hr, preconditions: [])
                    }
                    reasons.append("Score has risen \(TriggerEvaluator.format(rise)) since the \(warning.issued.ukDisplay) warning (at least \(TriggerEvaluator.format(gap)) needed) (\(entry.source))")
                } else {
                    hr.append("The score when the \(warning.issued.ukDisplay) warning was issued is not recorded, so the \(TriggerEvaluator.format(gap))-point gap cannot be checked (\(entry.source))")
                }
            }
            reasons.append("A \(policy.stages[below].warning?.name ?? "warning") issued \(warning.issued.ukDisplay) is live (\(entry.source))")
            break
        }
        let stage = policy.stages[index]
        if let advice = stage.hrAdviceFirst { hr.append("\(advice.text) (\(advice.source))") }
        if let warning = stage.warning {
            let live = warning.validity.map { "live for \($0.text) from issue" } ?? "live for a period entered when it is issued (the policy sets none)"
            reasons.append("Possible outcome: \(warning.name), \(live) (\(warning.source))")
        }
        if let review = stage.reviewPeriod {
            let range = [review.minimum?.text, review.maximum?.text].compactMap { $0 }.joined(separator: " to ")
            reasons.append("A review period of \(range.isEmpty ? "a reasonable length" : range) follows (\(review.source))")
        }
        return NextStep(stage: stage.id, title: stage.name, reasons: reasons, hrAdviceFirst: hr, preconditions: stage.preconditions ?? [])
    }
}

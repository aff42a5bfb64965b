/// Compares the figures with every trigger point of a policy.
public enum TriggerEvaluator {
    /// Every trigger of `policy`, hit or not, with an explanation (AMB-07 comparators as written).
    public static func evaluate(_ figures: AbsenceFigures, policy: PolicyProfile, fte: Double) -> [TriggerResult] {
        policy.triggers.map { trigger in
            var threshold = trigger.value
            let value: Double
            var because: String
            switch trigger.metric {
            case .bradford:
                value = figures.bradford ?? 0
                if policy.bradford?.partTimeMethod == .scaleThresholdsByFTE && fte < 1 {
                    threshold = trigger.value * fte
                }
                because = "\(figures.occasions) × \(figures.occasions) × \(format(figures.bradfordDays ?? 0)) days = \(format(value))"
            case .occasions:
                value = Double(figures.occasions)
                because = "\(figures.occasions) spell\(figures.occasions == 1 ? "" : "s") with a counted day in the window"
            case .workingDays:
                value = Double(figures.workingDays)
                because = "\(figures.workingDays) counted working day\(figures.workingDays == 1 ? "" : "s") in the window"
            case .calendarDays:
                value = Double(figures.calendarDays)
                because = "\(figures.calendarDays) counted calendar day\(figures.calendarDays == 1 ? "" : "s") in the window"
            case .spellCalendarDays, .spellWorkingDays:
                let candidates = figures.spells.filter { $0.countsAsOccasion && (trigger.requiresFitNote != true || $0.hasFitNote) }
                let lengths = candidates.map { trigger.metric == .spellCalendarDays ? $0.wholeSpellCalendarDays : $0.wholeSpellWorkingDays }
                value = Double(lengths.max() ?? 0)
                let unit = trigger.metric == .spellCalendarDays ? "calendar" : "working"
                if let best = candidates.max(by: { a, b in
                    (trigger.metric == .spellCalendarDays ? a.wholeSpellCalendarDays : a.wholeSpellWorkingDays)
                        < (trigger.metric == .spellCalendarDays ? b.wholeSpellCalendarDays : b.wholeSpellWorkingDays)
                }) {
                    because = "longest spell \(best.start.ukDisplay)–\(best.end.ukDisplay)\(best.ongoing ? " (ongoing)" : ""): \(format(value)) counted \(unit) days"
                } else {
                    because = "no counted spell\(trigger.requiresFitNote == true ? " covered by a fit note" : "") in the window"
                }
            }
            let hit = trigger.comparator.holds(value, threshold)
            let explanation = "\(because); \(hit ? "meets" : "below") \(trigger.comparator.words) \(format(threshold))"
            return TriggerResult(
                id: trigger.id, label: trigger.label, metric: trigger.metric, value: value, threshold: threshold,
                comparator: trigger.comparator, hit: hit, isLongTerm: trigger.longTerm == true,
                source: trigger.source, explanation: explanation)
        }
    }

    /// A number without a trailing ".0".
    public static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format2(value))
    }

    static func format2(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return "\(scaled)"
    }
}

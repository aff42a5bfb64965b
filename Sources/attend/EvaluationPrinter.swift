import AttendanceRules

/// Prints an evaluation, its duties and return-to-work script as text for a manager.
enum EvaluationPrinter {
    static func print(_ evaluation: EmployeeEvaluation, duties: [Duty], script: [RTWPrompt], today date: CalendarDay) {
        let f = evaluation.figures
        attend.print("Window \(f.windowStart.ukDisplay) – \(f.asOf.ukDisplay): \(f.occasions) spell\(f.occasions == 1 ? "" : "s"), \(f.calendarDays) calendar days, \(f.workingDays) working days\(f.bradford.map { ", Bradford \(TriggerEvaluator.format($0))" } ?? "")")
        for spell in f.spells {
            let counted = spell.countsAsOccasion ? "counted: \(spell.countedCalendarDays) calendar / \(Plural.of(spell.countedWorkingDays, "working day"))" : "not counted"
            attend.print("  \(spell.start.ukDisplay)–\(spell.end.ukDisplay)\(spell.ongoing ? " (ongoing)" : ""): \(counted)")
            for e in spell.excluded { attend.print("      \(e.days) day\(e.days == 1 ? "" : "s") not counted: \(e.reason.text)") }
        }
        attend.print("\nTriggers:")
        for t in evaluation.triggers { attend.print("  [\(t.hit ? "HIT" : "   ")] \(t.id): \(t.explanation) (\(t.source))") }
        attend.print("\nNext step: \(evaluation.nextStep.title)")
        for r in evaluation.nextStep.reasons { attend.print("  - \(r)") }
        for h in evaluation.nextStep.hrAdviceFirst { attend.print("  HR first: \(h)") }
        for p in evaluation.nextStep.preconditions { attend.print("  before: \(p.text) (\(p.source))") }
        for o in evaluation.patterns.observations { attend.print("  pattern: \(o)") }
        if !evaluation.warnings.isEmpty {
            attend.print("\nWarnings:")
            for w in evaluation.warnings {
                attend.print("  \(w.name) issued \(w.warning.issued.ukDisplay): \(w.live ? "live" : "lapsed")\(w.lapses.map { ", lapses \($0.ukDisplay)" } ?? ", validity to be entered") (\(w.source))")
            }
        }
        if !duties.isEmpty {
            attend.print("\nDuties:")
            // Duties of more than one spell say which absence each belongs to (D-67).
            let several = Set(duties.compactMap(\.spellStart)).count > 1
            for d in duties.sorted(by: { ($0.status, $0.due ?? date) < ($1.status, $1.due ?? date) }) {
                let spell = several ? d.spellStart.map { " (absence from \($0.ukDisplay))" } ?? "" : ""
                attend.print("  [\(d.status.rawValue)] \(d.title)\(spell)\(d.due.map { " — \($0.ukDisplay)" } ?? "")\(d.detail.map { " (\($0))" } ?? "") [\(d.source)]")
            }
        }
        if !script.isEmpty {
            attend.print("\nReturn-to-work interview:")
            for (i, p) in script.enumerated() {
                attend.print("  \(i + 1). \(p.text) [\(p.source)]")
                if let c = p.context { attend.print("     \(c)") }
            }
        }
    }
}

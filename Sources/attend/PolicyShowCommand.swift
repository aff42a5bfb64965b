import AttendanceRules
import ArgumentParser

/// `attend policy show ID`: every number of a profile with its source.
struct PolicyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a policy's numbers, each with its source.")

    @Argument(help: ArgumentHelp("Policy id (see `attend policies`).", valueName: "id")) var id: String
    @Flag(help: "Print the profile as JSON.") var json = false
    @OptionGroup var data: DataOptions

    func run() throws {
        let p = try data.policy(id)
        if json { try JSONOutput.print(p); return }
        print("\(p.name) [\(p.citationKey)]")
        print(p.document)
        print(p.summary)
        if let effective = p.effectiveDate { print("Effective: \(effective.ukDisplay)") }
        print("\nWindow: \(p.window.length.text) ending on the evaluation date (\(p.window.source))")
        print("Spells: merge across non-working days \(yes(p.counting.spells.acrossNonWorkingDays)), bank holidays \(yes(p.counting.spells.acrossBankHolidays)), annual leave \(yes(p.counting.spells.acrossAnnualLeave)) (\(p.counting.spells.source))")
        print("Part day: at least \(Int(p.counting.partDay.threshold * 100))% worked → day not counted\(p.counting.partDay.atOrAboveCountsOccasion ? ", occasion counted" : ", occasion not counted") (\(p.counting.partDay.source))")
        for e in p.counting.exclusions { print("Exclusion: \(e.category.label): \(e.treatment.rawValue) (\(e.source))") }
        if let b = p.bradford {
            print("Bradford: N × N × D, D in \(b.dayUnit.rawValue); part-time: \(b.partTimeMethod?.rawValue ?? "not chosen by HR (AMB-06)") (\(b.source))")
        }
        print("\nTriggers:")
        for t in p.triggers { print("  \(t.id): \(t.label) [\(t.metric.rawValue) \(t.comparator.rawValue) \(TriggerEvaluator.format(t.value))] (\(t.source))") }
        if p.triggers.isEmpty { print("  none: the policy leaves the decision to the manager") }
        print("\nStages:")
        for s in p.stages {
            var line = "  \(s.id): \(s.name)"
            if !s.triggeredBy.isEmpty { line += " ← \(s.triggeredBy.joined(separator: ", "))" }
            if let w = s.enteredWhen { line += " ← \(w)" }
            print(line + " (\(s.source))")
            if let e = s.entry { print("      needs a live \(e.requiresLiveWarningFrom) warning\(e.minimumScoreRiseSinceWarning.map { " and a score rise of at least \(TriggerEvaluator.format($0))" } ?? "") (\(e.source))") }
            if let w = s.warning { print("      \(w.name): live \(w.validity?.text ?? "for a period entered when issued") (\(w.source))") }
            if let r = s.reviewPeriod { print("      review period \(r.minimum?.text ?? "?") to \(r.maximum?.text ?? "?") (\(r.source))") }
        }
        for r in p.repeatRules { print("  \(r.count) × \(r.stage) warnings within \(r.within.text) → \(r.escalateTo) (\(r.source))") }
        print("\nCertification and contact:")
        if let s = p.certification.selfCertificate { print("  Self-certificate from \(s.fromCalendarDays) calendar days, covering days 1–\(s.throughCalendarDay), due \(s.due) (\(s.source))") }
        if let f = p.certification.fitNote { print("  Fit note after \(f.requiredAfterCalendarDays) calendar days\(f.dueByCalendarDay.map { ", due by day \($0)" } ?? ", no deadline stated") (\(f.source))") }
        if let d = p.contact.employeeContactOnCalendarDay { print("  Employee contacts the manager on day \(d) (\(p.contact.employeeContactSource ?? ""))") }
        if let e = p.contact.atLeastEveryCalendarDays { print("  Contact at least every \(e) days (\(p.contact.regularContactSource ?? ""))") }
        print("  Return-to-work interview\(p.returnToWork.hardMaxWorkingDays.map { " within \($0) working days of return" } ?? " on the first day back") [\(p.returnToWork.strength)] (\(p.returnToWork.source))")
        if let lt = p.longTerm {
            print("\nLong-term: \(lt.definition) (\(lt.source))")
            for m in lt.milestones { print("  \(m.after.text): \(m.label) (\(m.source))") }
        }
        print("\nMeetings:")
        for m in p.meetings {
            print("  \(m.kind): \(m.name)")
            for c in m.checks { print("      \(c.rule) [\(c.strength)] (\(c.source))") }
            if m.checks.isEmpty { print("      no scheduling rule stated (\(m.source))") }
        }
        print("\nAmbiguities resolved:")
        for a in p.ambiguities { print("  \(a.id)\(a.deviatesFromSuggestedDefault == true ? " (deviates)" : ""): \(a.choice)") }
        if let missing = p.notSpecified, !missing.isEmpty {
            print("\nNot specified by the policy:")
            for m in missing { print("  \(m.text) (\(m.source))") }
        }
    }

    func yes(_ value: Bool) -> String { value ? "yes" : "no" }
}

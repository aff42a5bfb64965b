import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// `attend validate`: check every file and cross-reference of the store; change nothing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check every store file and cross-reference; reports all problems, changes nothing (exit 1 if any).")

    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load(reportProblems: false)
        var problems = context.snapshot.problems.map(\.description)
        let org = context.organisation
        let policyIds = Set(context.policies.map(\.id))
        if !policyIds.contains(org.policy) { problems.append("organisation.json: policy '\(org.policy)' is not a loaded policy; expected one of \(policyIds.sorted().joined(separator: ", "))") }
        problems += org.textProblems.map { "organisation.json: \($0)" }
        let managerIds = Set(org.managers.map(\.id))
        if let manager = org.defaultManager, !managerIds.contains(manager) {
            problems.append("organisation.json: defaultManager \(TextRules.quoted(manager)) is not in managers")
        }
        for team in org.teams where !managerIds.contains(team.managerId) {
            problems.append("organisation.json: team '\(team.id)' names manager '\(team.managerId)', who is not in managers")
        }
        let teamIds = Set(org.teams.map(\.id))
        for e in context.snapshot.employees {
            let file = "employees/\(e.id).json"
            problems += e.textProblems.map { "\(file): \($0)" }
            if let t = e.teamId, !teamIds.contains(t) { problems.append("\(file): teamId '\(t)' is not a team in organisation.json") }
            if let m = e.managerId, !managerIds.contains(m) { problems.append("\(file): managerId '\(m)' is not a manager in organisation.json") }
            if let p = e.policy, !policyIds.contains(p) { problems.append("\(file): policy '\(p)' is not a loaded policy") }
            if !(e.fte > 0 && e.fte <= 1) { problems.append("\(file): fte \(e.fte) is out of range; expected more than 0 and at most 1") }
            let absenceIds = Set(e.absences.map(\.id))
            if absenceIds.count != e.absences.count { problems.append("\(file): absence ids are not unique") }
            var seen: [AbsenceRecord] = []
            for a in e.absences.sorted(by: { $0.start < $1.start }) {
                var probe = e
                probe.absences = seen
                for p in probe.problems(adding: a, today: context.today) where !p.contains("future") {
                    problems.append("\(file): absence \(a.id): \(p)")
                }
                seen.append(a)
            }
            for c in e.sicknessCalls where !absenceIds.contains(c.absenceId) { problems.append("\(file): sickness call \(c.id) refers to absence '\(c.absenceId)', which does not exist") }
            for f in e.fitNotes {
                if !absenceIds.contains(f.absenceId) { problems.append("\(file): fit note \(f.id) refers to absence '\(f.absenceId)', which does not exist") }
                if f.to < f.from { problems.append("\(file): fit note \(f.id) ends \(f.to.iso) before it starts \(f.from.iso)") }
            }
            for i in e.interviews where !absenceIds.contains(i.absenceId) { problems.append("\(file): interview \(i.id) refers to absence '\(i.absenceId)', which does not exist") }
            for r in e.ohReferrals {
                problems += e.problems(with: r).map { "\(file): \($0)" }
            }
            if let policy = try? context.policy(for: e) {
                for m in e.meetings where policy.meeting(m.kind) == nil {
                    problems.append("\(file): meeting \(m.id) has kind '\(m.kind)', which \(policy.id) does not have; expected one of \(policy.meetings.map(\.kind).joined(separator: ", "))")
                }
                for s in e.stages where policy.stage(s.stage) == nil {
                    problems.append("\(file): stage record \(s.id) names stage '\(s.stage)', which \(policy.id) does not have; expected one of \(policy.stages.map(\.id).joined(separator: ", "))")
                }
            }
        }
        // Temporary files left by an interrupted save are harmless (never loaded) but worth tidying.
        let folders = (context.store as? FileStore).map { [$0.root, "\($0.root)/employees"] } ?? []
        let leftovers = folders.flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }.map { "\(dir)/\($0)" }
        }
        if !leftovers.isEmpty && !json {
            print("Note: \(leftovers.count) temporary file\(leftovers.count == 1 ? "" : "s") left by an interrupted save (never loaded; safe to delete):")
            for path in leftovers.prefix(10) { print("  \(path)") }
        }
        if json {
            struct Output: Encodable { let ok: Bool; let employees: Int; let problems: [String] }
            try JSONOutput.print(Output(ok: problems.isEmpty, employees: context.snapshot.employees.count, problems: problems))
        } else if problems.isEmpty {
            let checked = context.store is FileStore
                ? "organisation.json and \(context.snapshot.employees.count) employee files"
                : "the organisation and the \(context.snapshot.employees.count) employee rows this role may see"
            print("The store at \(context.store.location) is valid: \(checked) checked.")
        } else {
            print("\(problems.count) problem\(problems.count == 1 ? "" : "s") in the store at \(context.store.location) (nothing was changed):")
            for p in problems { print("  \(p)") }
        }
        if !problems.isEmpty { throw RuleCheckFailed() }
    }
}

import AttendanceRules
import AttendanceStore
import Foundation

/// `fuzz <attend> <iterations> [seed]`: damages one file of a small store in one way per case
/// (`StoreMutation`, each kind in turn, the file and details from the seed) and runs
/// `validate`, `triggers`, `employee list` and a UI frame on it. A case fails when a command
/// crashes, hangs, writes runaway output, shows what a link pointed at, exits non-zero without
/// naming the damaged file, or when `validate` passes a file that is certainly damaged.
/// Prints the figures, and each failure with what reproduces it.
struct StoreFuzzer {
    let attend: String
    let seed: UInt64
    let work: String
    static let commands: [[String]] = [["validate"], ["triggers"], ["employee", "list"], ["--dump-frame", "80x24"]]
    static let timeout = 30.0
    static let outputLimit = 8 << 20

    /// A small store with something in every list: the fuzz cases copy it.
    func makeTemplate() throws -> String {
        let root = "\(work)/template"
        let store = FileStore(root: root)
        let organisation = OrganisationDocument(name: "Fuzz Ltd", policy: "newcastle-2016", nation: .englandAndWales,
                                                managers: [Manager(id: "m1", name: "Mo Manager")],
                                                teams: [Team(id: "t1", name: "Repairs", managerId: "m1")])
        guard let first = CalendarDay(year: 2026, month: 9, day: 7) else { fail("bad day") }
        var employees: [EmployeeDocument] = []
        for (n, name) in ["Siân Llŷr", "王小明", "Ann Example"].enumerated() {
            var e = EmployeeDocument(id: "e\(n + 1)", name: name, teamId: "t1", managerId: "m1")
            let start = first.adding(days: 7 * n)
            e.absences = [AbsenceRecord(id: "a1", type: .sickness, start: start, end: start.adding(days: 2), reason: .coldFlu),
                          AbsenceRecord(id: "a2", type: .sickness, start: start.adding(days: 35), end: nil, certificate: .fitNote,
                                        fitNoteFrom: start.adding(days: 42))]
            e.sicknessCalls = [SicknessCall(id: "call-a2", absenceId: "a2", receivedAt: LocalDateTime(day: start.adding(days: 35), minuteOfDay: 500),
                                            via: .phone, reason: .coldFlu, note: "private words", flags: ["Late call"])]
            e.contacts = [ContactRecord(id: "c-1", absenceId: "a2", on: start.adding(days: 37), by: "manager", via: .phone, note: "spoke")]
            e.fitNotes = [FitNoteRecord(id: "fn-1", absenceId: "a2", from: start.adding(days: 42), to: start.adding(days: 56),
                                        received: start.adding(days: 42), mayBeFit: true, adjustments: "shorter days")]
            e.interviews = [RTWInterview(id: "rtw-a1", absenceId: "a1", heldOn: start.adding(days: 3), answers: ["welcome": "yes"])]
            employees.append(e)
        }
        try store.create(organisation, employees: employees, actor: "fuzz")
        return root
    }

    /// Runs `iterations` cases; returns the failures (each line says how to reproduce it).
    func run(iterations: Int) throws -> [String] {
        let template = try makeTemplate()
        var random = FuzzRandom(seed: seed)
        var failures: [String] = []
        var runs = 0, crashes = 0, hangs = 0, slowest = 0.0
        var reported = 0
        let started = Date()
        let targets = ["organisation.json", "employees/e1.json", "employees/e2.json", "employees/e3.json"]
        for iteration in 0..<iterations {
            let mutation = StoreMutation.allCases[iteration % StoreMutation.allCases.count]
            let target = targets[Int.random(in: 0..<targets.count, using: &random)]
            let root = "\(work)/case-\(iteration)"
            try FileManager.default.copyItem(atPath: template, toPath: root)
            let outcome = try mutation.apply(to: "\(root)/\(target)", random: &random)
            let name = (target as NSString).lastPathComponent
            let label = "seed \(seed) case \(iteration): \(target) \(outcome.description)"
            var caseFailed = false
            for command in Self.commands {
                let result = try ChildRun.run(attend, command + ["--store", root, "--today", "2026-11-20"], in: work, timeout: Self.timeout)
                runs += 1
                slowest = max(slowest, result.seconds)
                let said = result.out + result.err
                var problems: [String] = []
                if result.crashed { crashes += 1; problems.append("crashed (signal \(result.status))") }
                if result.hung { hangs += 1; problems.append("did not finish in \(Int(Self.timeout)) s") }
                if result.outBytes > Self.outputLimit { problems.append("wrote \(result.outBytes) bytes") }
                if said.contains("root:x:0:0") { problems.append("showed the file a link points at") }
                if !result.crashed && !result.hung && result.status != 0 && !said.contains(name) {
                    problems.append("exit \(result.status) without naming \(name): \(result.err.prefix(200))")
                }
                if command == ["validate"] && outcome.mustDamage && result.status == 0 && !result.hung {
                    problems.append("validate passed a damaged file")
                }
                if result.status != 0 && said.contains(name) { reported += 1 }
                for problem in problems {
                    failures.append("\(label): attend \(command.joined(separator: " ")) \(problem)")
                    caseFailed = true
                }
            }
            // A failing case is kept to look at; the others are removed as they pass.
            if caseFailed { failures.append("  the damaged store is kept at \(root)") } else { try? FileManager.default.removeItem(atPath: root) }
        }
        let seconds = Date().timeIntervalSince(started)
        print("fuzz: seed \(seed), \(iterations) damaged stores (\(StoreMutation.allCases.count) kinds of damage), \(runs) commands run, "
              + "\(reported) refusals naming the file, \(crashes) crashes, \(hangs) hangs, \(failures.filter { !$0.hasPrefix("  ") }.count) failures, "
              + "slowest command \(String(format: "%.2f", slowest)) s, \(String(format: "%.1f", seconds)) s in all")
        return failures
    }
}

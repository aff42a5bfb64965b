import AttendanceDemo
import AttendancePostgres
import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation
import TUICore

/// `attend bench`: the speed of the things a manager and HR wait for, on generated stores or
/// on an existing one. Reports, never asserts (docs/performance.md has the targets and figures).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure opening the store, triggers, the weekly review, HR's report, saving a call, keypress-to-frame and peak memory.",
        discussion: """
            Build in release mode first for meaningful figures:
              swift build -c release && .build/release/attend bench --employees 500,5000,50000 --years 10
            Each size is generated (same seed → same store) into a temporary folder that is removed
            afterwards. Opening, triggers, the weekly review, keypresses and memory are measured in a
            fresh attend process (as a manager would run it); saving a call in this one.
            With --store, only a fresh process's measures are taken, on that store, which is not changed.
            With --server, each generated store is also created on that PostgreSQL database (which
            must hold no attend store; a local server where the login may create roles) and measured
            beside the folder: a manager's start as a manager's role, HR's open and report as an HR
            role, saving a call. The store and the roles it made are dropped afterwards.
            """)

    @Option(help: ArgumentHelp("Comma-separated store sizes.", valueName: "n,n")) var employees: String = "500,5000"
    @Option(help: ArgumentHelp("Comma-separated years of history per employee.", valueName: "n,n")) var years: String = "10"
    @Option(help: ArgumentHelp("Generator seed.", valueName: "s")) var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Policy for the generated organisation.", valueName: "id")) var policy: String = "newcastle-2016"
    @Option(help: ArgumentHelp("Fresh processes opening each generated store (the median is reported); with --store, times to open it in this process.", valueName: "n")) var runs: Int = 5
    @Option(help: ArgumentHelp("Also measure a PostgreSQL store on this database (no attend store in it yet).", valueName: "url")) var server: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    struct Result: Encodable {
        let employees: Int
        let years: Int
        let absences: Int
        let generateMs: Double
        let createStoreMs: Double
        let saveCallMs: Double
        /// The open UI over everyone catching up with a call saved by another process.
        let reloadAfterSaveMs: Double
        /// Everyone's triggers under each shipped policy, on one core: the rules alone.
        let rulesOneCoreMs: [String: Double]
        let open: OpenBenchResult
        let server: ServerBenchResult?
    }

    /// The date the generated stores are built around, so every run measures the same data.
    static let benchToday = CalendarDay(year: 2026, month: 11, day: 20) ?? CalendarDay(dayNumber: 0)

    func run() throws {
        guard (1...50).contains(runs) else { throw BadInput("--runs \(runs) is out of range; expected 1 to 50") }
        let policies = try storeOptions.data.policies()
        let holidays = try storeOptions.data.holidays()
        if let server {
            guard storeOptions.store == nil else { throw BadInput("--server measures generated stores; it cannot be used with --store") }
            guard PostgresSettings.isURL(server) else { throw BadInput("--server '\(server)' is not a PostgreSQL URL; expected postgresql://[user@][host][:port]/database") }
        }
        if storeOptions.store != nil {
            let result = try OpenBench.measure(store: try storeOptions.recordStore(), policies: policies, holidays: holidays,
                                               today: try storeOptions.day(), runs: runs)
            if json { try JSONOutput.print(result) } else { print("\(result.employees) employees (\(result.absences) absences)\n\(OpenBench.describe(result))") }
            return
        }
        let sizes = try Self.numbers(employees, option: "--employees", range: 1...200_000)
        let yearCounts = try Self.numbers(years, option: "--years", range: 1...30)
        let profile = try storeOptions.data.policy(policy)
        var results: [Result] = []
        for yearCount in yearCounts {
            for size in sizes {
                let result = try measure(size: size, years: yearCount, profile: profile, policies: policies, holidays: holidays)
                results.append(result)
                if !json { print(Self.describe(result)) }
            }
        }
        if json { try JSONOutput.print(results) } else if results.count > 1 { print(Self.growth(results)) }
    }

    static func numbers(_ text: String, option: String, range: ClosedRange<Int>) throws -> [Int] {
        try text.split(separator: ",").map { part -> Int in
            guard let n = Int(part.trimmingCharacters(in: .whitespaces)), range.contains(n) else {
                throw BadInput("\(option) '\(part)' is not allowed; expected comma-separated numbers from \(range.lowerBound) to \(range.upperBound)")
            }
            return n
        }
    }

    func measure(size: Int, years: Int, profile: PolicyProfile, policies: [PolicyProfile], holidays: BankHolidayCalendar) throws -> Result {
        let today = Self.benchToday
        var clock = Stopwatch()
        let (organisation, documents) = SyntheticOrganisation.generate(employees: size, years: years, seed: seed, today: today,
                                                                        policy: profile, holidays: holidays)
        let generateMs = clock.lap()
        let absences = documents.reduce(0) { $0 + $1.absences.count }

        // The rules alone: everyone under each policy, one core, no store.
        var rules: [String: Double] = [:]
        for policy in policies {
            let evaluator = AttendanceEvaluator(policy: policy, holidays: holidays)
            clock.reset()
            var hits = 0
            for document in documents {
                hits += evaluator.evaluate(document.rulesRecord(organisation: organisation), asOf: today).triggersHit.count
            }
            rules[policy.id] = clock.lap()
            if hits < 0 { print(hits) }  // keeps the work from being optimised away
        }
        clock.reset()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("attend-bench-\(getpid())-\(size)-\(years)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = FileStore(root: root)
        do { try store.create(organisation, employees: documents, actor: "bench") } catch { throw BadInput("\(error)") }
        let createMs = clock.lap()
        let target = documents[documents.count / 2].id

        let open = try openInFreshProcesses(location: root, today: today)

        // Saving one sickness call with fsync (median of 30).
        let saveCallMs = try Self.saveCalls(store, employee: target, today: today)
        let reloadMs = try Self.reloadAfterSaves(reader: store, writer: FileStore(root: root), employee: target, policies: policies,
                                                 holidays: holidays, today: today)
        let serverResult = try server.map { try measureServer($0, organisation: organisation, documents: documents, today: today,
                                                              policies: policies, holidays: holidays) }
        return Result(employees: size, years: years, absences: absences, generateMs: generateMs, createStoreMs: createMs,
                      saveCallMs: saveCallMs, reloadAfterSaveMs: reloadMs, rulesOneCoreMs: rules, open: open, server: serverResult)
    }

    /// The median of 30 sickness calls saved for `id`, each a new absence after the history.
    static func saveCalls(_ store: any RecordStore, employee id: String, today: CalendarDay) throws -> Double {
        var clock = Stopwatch()
        var saves: [Double] = []
        for n in 0..<30 {
            clock.reset()
            do {
                var employee = try store.loadEmployee(id)
                let day = today.adding(days: 400 + 7 * n)
                let record = AbsenceRecord(id: "bench-\(n)", type: .sickness, start: day, end: day)
                employee.absences.append(record)
                employee.sicknessCalls.append(SicknessCall(id: "bench-call-\(n)", absenceId: record.id,
                                                           receivedAt: LocalDateTime(day: day, minuteOfDay: 480), via: .phone))
                try store.save(employee, actor: "bench", action: "sickness.call", summary: "bench \(n)")
            } catch {
                throw BadInput("\(error)")
            }
            saves.append(clock.lap())
        }
        return OpenBench.median(saves)
    }

    /// The median of 5 catch-ups of an open UI (the reader's data, as the terminal UI holds
    /// it) after another process (the writer) saved a sickness call: the reload of what changed
    /// and the evaluations again, as the UI does when the store's stamp moves.
    static func reloadAfterSaves(reader: any RecordStore, writer: any RecordStore, employee id: String, policies: [PolicyProfile],
                                 holidays: BankHolidayCalendar, today: CalendarDay) throws -> Double {
        do {
            var data = AppData(snapshot: try reader.load(), policies: policies, holidays: holidays, today: today)
            var clock = Stopwatch()
            var reloads: [Double] = []
            for n in 0..<5 {
                var employee = try writer.loadEmployee(id)
                let day = today.adding(days: 700 + 7 * n)
                let record = AbsenceRecord(id: "bench-reload-\(n)", type: .sickness, start: day, end: day)
                employee.absences.append(record)
                try writer.save(employee, actor: "bench", action: "sickness.call", summary: "bench reload \(n)")
                clock.reset()
                let snapshot = try reader.reload(after: data.snapshot)
                data = AppData(snapshot: snapshot, policies: policies, holidays: holidays, today: today, reusing: data)
                reloads.append(clock.lap())
            }
            guard data.employee(id)?.absences.contains(where: { $0.id == "bench-reload-4" }) == true else {
                throw BadInput("the reload after a save did not show the save")
            }
            return OpenBench.median(reloads)
        } catch let error as BadInput { throw error } catch { throw BadInput("\(error)") }
    }

    /// The same organisation on the server: created, then opened in fresh processes as a
    /// manager's role and as HR's, and a call saved as the manager. Removes what it made.
    func measureServer(_ url: String, organisation: OrganisationDocument, documents: [EmployeeDocument], today: CalendarDay,
                       policies: [PolicyProfile], holidays: BankHolidayCalendar) throws -> ServerBenchResult {
        let store: PostgresStore
        do { store = try PostgresStore(url: url) } catch { throw BadInput("--server: \(error)") }
        do {
            if try store.storeExists() { throw BadInput("--server: \(store.settings.server) already holds an attend store; the benchmark creates its own and drops it afterwards, so it needs a database without one; nothing was changed") }
        } catch let error as BadInput { throw error } catch { throw BadInput("--server: \(error)") }
        // The manager whose teams come closest to 15 people, as a manager's day would be.
        var sizes: [String: Int] = [:]
        for document in documents { if let team = document.teamId { sizes[team, default: 0] += 1 } }
        let team = organisation.teams.min { abs((sizes[$0.id] ?? 0) - 15) < abs((sizes[$1.id] ?? 0) - 15) }
        guard let team else { throw BadInput("the generated organisation has no teams") }
        let managerRole = "attend_bench_manager", hrRole = "attend_bench_hr"
        var clock = Stopwatch()
        do { try store.create(organisation, employees: documents, actor: "bench") } catch { throw BadInput("--server: \(error)") }
        let createMs = clock.lap()
        defer { try? store.removeBenchStore(roles: [managerRole, hrRole]) }
        do {
            try store.makeBenchRole(PostgresAccess(role: managerRole, kind: .manager, managerId: team.managerId))
            try store.makeBenchRole(PostgresAccess(role: hrRole, kind: .hr, managerId: nil))
        } catch { throw BadInput("--server: \(error)") }
        let asManager = Self.url(url, actingAs: managerRole), asHR = Self.url(url, actingAs: hrRole)
        let manager = try openInFreshProcesses(location: asManager, today: today)
        let hr = try openInFreshProcesses(location: asHR, today: today)
        guard let target = documents.first(where: { $0.teamId == team.id })?.id else { throw BadInput("the manager's team is empty") }
        let managerStore: PostgresStore
        do { managerStore = try PostgresStore(url: asManager) } catch { throw BadInput("--server: \(error)") }
        let saveMs = try Self.saveCalls(managerStore, employee: target, today: today)
        let hrStore: PostgresStore
        do { hrStore = try PostgresStore(url: asHR) } catch { throw BadInput("--server: \(error)") }
        let reloadMs = try Self.reloadAfterSaves(reader: hrStore, writer: managerStore, employee: target, policies: policies,
                                                 holidays: holidays, today: today)
        return ServerBenchResult(createStoreMs: createMs, managerId: team.managerId, managerTeamSize: manager.employees,
                                 manager: manager, hr: hr, saveCallMs: saveMs, hrReloadAfterSaveMs: reloadMs)
    }

    /// `url` connecting as its login but acting as `role` (libpq's `options=-c role=…`).
    static func url(_ url: String, actingAs role: String) -> String {
        url + (url.contains("?") ? "&" : "?") + "options=-c%20role%3D\(role)"
    }

    /// `--runs` fresh processes open the store, as a manager's would, so each start is cold and
    /// each peak memory its own; the median start is reported, with the highest peak.
    func openInFreshProcesses(location: String, today: CalendarDay) throws -> OpenBenchResult {
        var opens: [OpenBenchResult] = []
        for _ in 0..<runs { opens.append(try openInFreshProcess(root: location, today: today)) }
        opens.sort { $0.openAndTriggersMs < $1.openAndTriggersMs }
        let middle = opens[opens.count / 2]
        return OpenBenchResult(
            employees: middle.employees, absences: middle.absences, loadMs: middle.loadMs, triggersMs: middle.triggersMs,
            openAndTriggersMs: middle.openAndTriggersMs, reopenAndTriggersMs: middle.reopenAndTriggersMs,
            weeklyReviewMs: middle.weeklyReviewMs, organisationReportMs: middle.organisationReportMs, firstFrameMs: middle.firstFrameMs, keypressToFrameMs: middle.keypressToFrameMs,
            peakMemoryMB: opens.map(\.peakMemoryMB).max() ?? middle.peakMemoryMB)
    }

    /// `attend bench --store root --json` in a new process, with the same data options.
    func openInFreshProcess(root: String, today: CalendarDay) throws -> OpenBenchResult {
        let process = Process()
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        process.executableURL = URL(fileURLWithPath: executable)
        var arguments = ["bench", "--store", root, "--today", today.iso, "--runs", "2", "--json"]
        if let directory = storeOptions.data.policyDirectory { arguments += ["--policy-dir", directory] }
        for file in storeOptions.data.bankHolidayFiles { arguments += ["--bank-holidays", file] }
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let result = try? JSONDecoder().decode(OpenBenchResult.self, from: data) else {
            throw BadInput("measuring the store in a fresh process failed (exit \(process.terminationStatus)): \(executable) \(arguments.joined(separator: " "))")
        }
        return result
    }

    static func describe(_ r: Result) -> String {
        """
        \(r.employees) employees × \(r.years) years (\(r.absences) absences)
          generate \(OpenBench.ms(r.generateMs)); create the store \(OpenBench.ms(r.createStoreMs)) (one-off)
          the rules alone, everyone on one core: \(r.rulesOneCoreMs.sorted { $0.key < $1.key }.map { "\($0.key) \(OpenBench.ms($0.value))" }.joined(separator: ", "))
        \(OpenBench.describe(r.open))
          save a sickness call with fsync: \(OpenBench.ms(r.saveCallMs)); the open UI over everyone catching up with another's save: \(OpenBench.ms(r.reloadAfterSaveMs))
        """ + (r.server.map { server in
            let folderOpen = r.open.openAndTriggersMs + r.open.organisationReportMs
            let hrOpen = server.hr.openAndTriggersMs + server.hr.organisationReportMs
            return """

              PostgreSQL, the same organisation (create \(OpenBench.ms(server.createStoreMs)), one-off):
                a manager's start, their \(server.managerTeamSize) people as their own role: open with triggers \(OpenBench.ms(server.manager.openAndTriggersMs)) (load \(OpenBench.ms(server.manager.loadMs))), first frame \(OpenBench.ms(server.manager.firstFrameMs))
                HR's open with triggers \(OpenBench.ms(server.hr.openAndTriggersMs)) and organisation report \(OpenBench.ms(server.hr.organisationReportMs)): \(OpenBench.ms(hrOpen)), folder \(OpenBench.ms(folderOpen)) (×\(String(format: "%.2f", hrOpen / max(folderOpen, 0.001))))
                save a sickness call as the manager: \(OpenBench.ms(server.saveCallMs)) (folder \(OpenBench.ms(r.saveCallMs)))
                HR's open UI catching up with that save: \(OpenBench.ms(server.hrReloadAfterSaveMs)) (folder \(OpenBench.ms(r.reloadAfterSaveMs)))
                peak memory: manager \(String(format: "%.0f", server.manager.peakMemoryMB)) MB, HR \(String(format: "%.0f", server.hr.peakMemoryMB)) MB
            """
        } ?? "")
    }

    /// How opening with every trigger grows against the first size measured: time per
    /// employee-year stays flat when the cost grows linearly.
    static func growth(_ results: [Result]) -> String {
        guard let base = results.first else { return "" }
        func perUnit(_ r: Result) -> Double { r.open.openAndTriggersMs / Double(r.employees * r.years) }
        let lines = results.map { r in
            String(format: "  %6d × %2d years: %.1f µs per employee-year (×%.2f of the first), %.1f KB memory per employee-year",
                   r.employees, r.years, perUnit(r) * 1000, perUnit(r) / perUnit(base),
                   r.open.peakMemoryMB * 1024 / Double(r.employees * r.years))
        }
        return "Growth of opening with every trigger:\n" + lines.joined(separator: "\n")
    }
}

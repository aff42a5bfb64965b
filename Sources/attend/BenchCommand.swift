import AttendanceDemo
import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation
import TUICore

/// `attend bench`: the speed of the things a manager and HR wait for, on generated stores.
/// Reports, never asserts (see docs/performance.md for the targets and the figures).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure opening the store, triggers, the weekly review, saving a call, keypress-to-frame and peak memory on generated stores.",
        discussion: """
            Build in release mode first for meaningful figures:
              swift build -c release && .build/release/attend bench --employees 500,5000,50000 --years 10
            Each size is generated (same seed → same store) into a temporary folder that is removed afterwards.
            """)

    @Option(help: ArgumentHelp("Comma-separated store sizes.", valueName: "n,n")) var employees: String = "500,5000"
    @Option(help: ArgumentHelp("Years of history per employee.", valueName: "n")) var years: Int = 10
    @Option(help: ArgumentHelp("Generator seed.", valueName: "s")) var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Policy for the generated organisation.", valueName: "id")) var policy: String = "newcastle-2016"
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var data: DataOptions

    struct Result: Encodable {
        let employees: Int
        let years: Int
        let absences: Int
        let generateMs: Double
        let createStoreMs: Double
        let openAndTriggersMs: Double
        let loadMs: Double
        let uiDataMs: Double
        let weeklyReviewMs: Double
        let saveCallMs: Double
        let keypressToFrameMs: [String: Double]
        let peakMemoryMB: Double
    }

    func run() throws {
        let sizes = try employees.split(separator: ",").map { text -> Int in
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)), (1...200_000).contains(n) else {
                throw BadInput("--employees '\(text)' is not allowed; expected comma-separated numbers from 1 to 200000")
            }
            return n
        }
        guard (1...30).contains(years) else { throw BadInput("--years \(years) is out of range; expected 1 to 30") }
        let profile = try data.policy(policy)
        let policies = try data.policies()
        let holidays = try data.holidays()
        guard let today = CalendarDay(year: 2026, month: 11, day: 20) else { return }
        var results: [Result] = []
        for size in sizes {
            results.append(try measure(size: size, profile: profile, policies: policies, holidays: holidays, today: today))
            if !json { print(Self.describe(results[results.count - 1])) }
        }
        if json { try JSONOutput.print(results) }
    }

    func measure(size: Int, profile: PolicyProfile, policies: [PolicyProfile], holidays: BankHolidayCalendar, today: CalendarDay) throws -> Result {
        var clock = Stopwatch()
        let (organisation, documents) = SyntheticOrganisation.generate(employees: size, years: years, seed: seed, today: today,
                                                                        policy: profile, holidays: holidays)
        let generateMs = clock.lap()
        let absences = documents.reduce(0) { $0 + $1.absences.count }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("attend-bench-\(getpid())-\(size)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = FileStore(root: root)
        do { try store.create(organisation, employees: documents, actor: "bench") } catch { throw BadInput("\(error)") }
        let createMs = clock.lap()

        // Opening the store and computing everyone's triggers (median of 3).
        var opens: [Double] = [], loads: [Double] = []
        var snapshot: StoreSnapshot?
        for _ in 0..<3 {
            clock.reset()
            let loaded: StoreSnapshot
            do { loaded = try store.load() } catch { throw BadInput("\(error)") }
            loads.append(clock.lap())
            // Everyone's triggers, as the terminal UI computes them when it opens (on all cores).
            let opened = AppData(snapshot: loaded, policies: policies, holidays: holidays, today: today)
            opens.append(clock.total)
            guard opened.rows.count == loaded.employees.count else { throw BadInput("not every employee was evaluated") }
            snapshot = loaded
        }
        guard let snapshot else { throw BadInput("the store did not load") }

        clock.reset()
        let appData = AppData(snapshot: snapshot, policies: policies, holidays: holidays, today: today)
        let uiDataMs = clock.lap()
        let weekly = WeeklyReviewModel(data: appData)
        let weeklyMs = clock.lap()
        _ = weekly

        // Saving one sickness call with fsync (median of 30).
        var saves: [Double] = []
        let target = documents[documents.count / 2].id
        for n in 0..<30 {
            clock.reset()
            do {
                var employee = try store.loadEmployee(target)
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

        // A keypress to a fully drawn 200x60 frame on each screen (median of 50).
        var state = AppState(data: appData, width: 200, height: 60)
        var frames: [String: Double] = [:]
        for screen in ScreenID.allCases {
            _ = AppReducer.reduce(&state, .key(.character(screen.key)))
            var times: [Double] = []
            for n in 0..<50 {
                clock.reset()
                _ = AppReducer.reduce(&state, .key(n % 2 == 0 ? .down : .up))
                _ = AppView.render(state)
                times.append(clock.lap())
            }
            frames[screen.rawValue] = Self.median(times)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Result(employees: size, years: years, absences: absences, generateMs: generateMs, createStoreMs: createMs,
                      openAndTriggersMs: Self.median(opens), loadMs: Self.median(loads), uiDataMs: uiDataMs,
                      weeklyReviewMs: weeklyMs, saveCallMs: Self.median(saves), keypressToFrameMs: frames,
                      peakMemoryMB: Double(usage.ru_maxrss) / 1024)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func describe(_ r: Result) -> String {
        func ms(_ v: Double) -> String { v < 10 ? String(format: "%.2f ms", v) : String(format: "%.0f ms", v) }
        let frames = ScreenID.allCases.map { "\($0.rawValue) \(ms(r.keypressToFrameMs[$0.rawValue] ?? 0))" }.joined(separator: ", ")
        return """
            \(r.employees) employees × \(r.years) years (\(r.absences) absences)
              generate \(ms(r.generateMs)); create the store \(ms(r.createStoreMs)) (one-off)
              open the store + everyone's triggers: \(ms(r.openAndTriggersMs)) (load \(ms(r.loadMs)))
              UI data (evaluate everyone, roster): \(ms(r.uiDataMs)); weekly review: \(ms(r.weeklyReviewMs))
              save a sickness call with fsync: \(ms(r.saveCallMs))
              keypress to frame at 200x60: \(frames)
              peak memory so far: \(String(format: "%.0f", r.peakMemoryMB)) MB
            """
    }
}

import AttendanceReports
import AttendanceRules
import AttendanceStore
import Foundation
import TUICore

/// The measurements of `attend bench --store`, in this process, on an existing store.
enum OpenBench {
    static func measure(store: any RecordStore, policies: [PolicyProfile], holidays: BankHolidayCalendar, today: CalendarDay,
                        runs: Int) throws -> OpenBenchResult {
        var clock = Stopwatch()
        var loads: [Double] = [], evaluations: [Double] = [], opens: [Double] = []
        var kept: AppData?
        var snapshot: StoreSnapshot?
        for _ in 0..<max(1, runs) {
            // One store in memory at a time, as in a manager's process.
            kept = nil
            snapshot = nil
            clock.reset()
            let loaded: StoreSnapshot
            do { loaded = try store.load() } catch { throw BadInput("\(error)") }
            loads.append(clock.lap())
            let data = AppData(snapshot: loaded, policies: policies, holidays: holidays, today: today)
            evaluations.append(clock.lap())
            opens.append(clock.total)
            snapshot = loaded
            guard data.rows.count + data.problems.count >= loaded.employees.count else {
                throw BadInput("not every employee was evaluated")
            }
            kept = data
        }
        guard let data = kept, let snapshot else { throw BadInput("the store did not load") }

        clock.reset()
        _ = WeeklyReviewModel(data: data)
        let weeklyMs = clock.lap()

        var state = AppState(data: data, width: 200, height: 60)
        _ = AppView.render(state)
        let firstFrameMs = clock.lap()
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
            frames[screen.rawValue] = median(times)
        }
        // HR's whole-organisation report over the last 12 months, leavers in the period
        // included, on the store already open (median of three), after the keypresses so its
        // allocations do not disturb them.
        let byId = Dictionary(policies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var reports: [Double] = []
        for _ in 0..<3 {
            clock.reset()
            let report = OrganisationReport(organisation: snapshot.organisation, employees: snapshot.employees, policies: byId,
                                            holidays: holidays, from: today.adding(months: -12).next, to: today)
            reports.append(clock.lap())
            guard report.organisation.people > 0 || snapshot.employees.isEmpty else { throw BadInput("the report counted nobody") }
        }

        return OpenBenchResult(
            employees: data.employees.count, absences: data.employees.reduce(0) { $0 + $1.absences.count },
            loadMs: loads[0], triggersMs: evaluations[0], openAndTriggersMs: opens[0],
            reopenAndTriggersMs: opens.count > 1 ? median(Array(opens.dropFirst())) : nil,
            weeklyReviewMs: weeklyMs, organisationReportMs: median(reports), firstFrameMs: firstFrameMs, keypressToFrameMs: frames,
            peakMemoryMB: peakMemoryMB())
    }

    /// This process's peak resident memory: Linux's `VmHWM`, which belongs to the process's own
    /// memory. Not `ru_maxrss`: Linux carries that across `exec` from the memory the process
    /// was spawned with (posix_spawn shares the parent's until exec), so a fresh process
    /// started by a large bench reported the bench's peak, not its own.
    static func peakMemoryMB() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap({ Double($0) }) {
            return kilobytes / 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func ms(_ value: Double) -> String {
        value < 10 ? String(format: "%.2f ms", value) : String(format: "%.0f ms", value)
    }

    static func describe(_ r: OpenBenchResult) -> String {
        let frames = ScreenID.allCases.map { "\($0.rawValue) \(ms(r.keypressToFrameMs[$0.rawValue] ?? 0))" }.joined(separator: ", ")
        return """
              open the store + everyone's triggers: \(ms(r.openAndTriggersMs)) (load \(ms(r.loadMs)), triggers \(ms(r.triggersMs)))\(r.reopenAndTriggersMs.map { "; again in the same process \(ms($0))" } ?? "")
              weekly review: \(ms(r.weeklyReviewMs)); first frame at 200x60: \(ms(r.firstFrameMs))
              HR's whole-organisation report, 12 months (targets: under 1 s at 5,000 employees, 5 s at 50,000): \(ms(r.organisationReportMs)), beside the open's \(ms(r.openAndTriggersMs))
              keypress to frame at 200x60: \(frames)
              peak memory of a process with the store open: \(String(format: "%.0f", r.peakMemoryMB)) MB
            """
    }
}

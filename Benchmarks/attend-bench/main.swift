import AttendanceData
import AttendanceRules
import TUICore
import AttendanceStore
import Foundation

// Triggers for a synthetic organisation: 5,000 employees with 10 years of history each; then
// the same organisation as a JSON-file store: opening it and computing everyone's triggers,
// and saving one sickness call (see docs/performance.md).
// Run with `swift run -c release attend-bench [employees] [years]`. Timings are reported, never asserted.

/// A small deterministic generator (SplitMix64), so every run measures the same data.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let employeeCount = arguments.first ?? 5_000
let years = arguments.dropFirst().first ?? 10
guard let asOf = CalendarDay(year: 2026, month: 11, day: 20) else { exit(1) }

let holidays = try BankHolidayCalendar(files: [(sourceName: "data/bank-holidays.json", data: ShippedData.bankHolidaysJSON())])
let policies = try PolicyLoader.loadAll(ShippedData.policyFiles())
var rng = SplitMix64(state: 42)
let partTime = try WorkingPattern(days: [.monday, .tuesday, .wednesday], hoursPerDay: 7.5)
var employees: [EmployeeRecord] = []
var recordCount = 0
for index in 0..<employeeCount {
    var absences: [AbsenceRecord] = []
    var day = asOf.adding(days: -365 * years)
    while day < asOf {
        day = day.adding(days: rng.int(20...90))
        let long = rng.int(1...40) == 1
        let length = long ? rng.int(20...120) : rng.int(1...5)
        let end = day.adding(days: length - 1)
        absences.append(AbsenceRecord(id: "\(index)-\(absences.count)", type: .sickness, start: day, end: end > asOf ? nil : end))
        day = end.adding(days: 1)
    }
    recordCount += absences.count
    let nation = Nation.allCases[index % 3]
    employees.append(EmployeeRecord(id: "e\(index)", pattern: index % 5 == 0 ? partTime : .mondayToFriday,
                                    nation: nation, fte: index % 5 == 0 ? 0.6 : 1, absences: absences))
}

for policy in policies {
    let evaluator = AttendanceEvaluator(policy: policy, holidays: holidays)
    let start = DispatchTime.now().uptimeNanoseconds
    var hits = 0
    for employee in employees {
        hits += evaluator.evaluate(employee, asOf: asOf).triggersHit.count
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    print("\(policy.id): triggers for \(employeeCount) employees (\(recordCount) records, \(years) years) in \(String(format: "%.1f", elapsed)) ms on one core; \(hits) trigger hits")
}

// MARK: - The store

// The same organisation as a JSON-file store in a temporary folder: open it (read and decode
// every employee file) and compute everyone's triggers under their policy; then save a
// sickness call (load one employee, append an absence and a call, save with fsync) 50 times.

/// Milliseconds since `start`.
func milliseconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }

/// CPU time used by the whole process so far (all threads), in milliseconds.
func processCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

/// The median of some timings.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Builds the store in `root`, then times opening it and saving sickness calls.
@MainActor
func storeBenchmark(in root: String) throws {
    let store = FileStore(root: root)
    let policyIds = policies.map(\.id)
    let organisation = OrganisationDocument(
        name: "Benchmark Borough Council", policy: policyIds.first ?? "cafcass-2017", nation: .englandAndWales,
        managers: (0..<250).map { Manager(id: "m\($0)", name: "Manager \($0)") },
        teams: (0..<250).map { Team(id: "t\($0)", name: "Team \($0)", managerId: "m\($0)") })
    let recentFrom = asOf.adding(days: -730)
    var documents: [EmployeeDocument] = []
    var callCount = 0
    for (index, record) in employees.enumerated() {
        var document = EmployeeDocument(id: record.id, name: "Employee \(index)", teamId: "t\(index % 250)", managerId: "m\(index % 250)",
                                        pattern: record.pattern, nation: record.nation,
                                        policy: index % 4 == 0 ? policyIds[index % policyIds.count] : nil,
                                        fte: record.fte, startDate: asOf.adding(days: -365 * years - 30))
        document.absences = record.absences
        // The last two years' sicknesses have their call and (once closed) a return-to-work interview.
        for absence in record.absences where absence.start >= recentFrom {
            document.sicknessCalls.append(SicknessCall(
                id: "c-\(absence.id)", absenceId: absence.id, receivedAt: LocalDateTime(day: absence.start, minuteOfDay: 8 * 60 + 5),
                via: .phone, reason: .coldFlu, note: "private note", expectedReturn: absence.end?.next))
            if let end = absence.end {
                document.interviews.append(RTWInterview(
                    id: "i-\(absence.id)", absenceId: absence.id, heldOn: end.next, status: .signedOff,
                    answers: ["fit": "yes", "support": "none needed"], agreedActions: ["none"], signedOffBy: "m\(index % 250)", signedOffOn: end.next))
            }
            callCount += 1
        }
        documents.append(document)
    }
    var start = DispatchTime.now().uptimeNanoseconds
    try store.create(organisation, employees: documents, actor: "bench")
    print("store: created \(documents.count) employee files (\(recordCount) absences, \(callCount) calls) in \(String(format: "%.0f", milliseconds(since: start))) ms")
    documents = []

    let evaluators = Dictionary(uniqueKeysWithValues: policies.map { ($0.id, AttendanceEvaluator(policy: $0, holidays: holidays)) })
    var openTimes: [Double] = []
    var loadTimes: [Double] = []
    var openCPU: [Double] = []
    for _ in 0..<5 {
        let cpuStart = processCPUMilliseconds()
        start = DispatchTime.now().uptimeNanoseconds
        let snapshot = try store.load()
        loadTimes.append(milliseconds(since: start))
        var hits = 0
        for employee in snapshot.employees {
            guard let evaluator = evaluators[employee.policy ?? snapshot.organisation.policy] else {
                throw StoreError.invalid("no policy for \(employee.id)")
            }
            hits += evaluator.evaluate(employee.rulesRecord(organisation: snapshot.organisation), asOf: asOf).triggersHit.count
        }
        openTimes.append(milliseconds(since: start))
        openCPU.append(processCPUMilliseconds() - cpuStart)
        guard snapshot.problems.isEmpty, snapshot.employees.count == employeeCount, hits > 0 else {
            throw StoreError.invalid("unexpected load result: \(snapshot.problems.prefix(3)), \(snapshot.employees.count) employees, \(hits) hits")
        }
    }
    print("store: open \(employeeCount) employees and compute everyone's triggers: median \(String(format: "%.0f", median(openTimes))) ms of 5 (of which load \(String(format: "%.0f", median(loadTimes))) ms); CPU time \(String(format: "%.0f", median(openCPU))) ms on \(ProcessInfo.processInfo.activeProcessorCount) cores")

    try tuiBenchmark(snapshot: try store.load())

    var saveTimes: [Double] = []
    var callTimes: [Double] = []
    let target = "e\(employeeCount / 2)"
    var day = asOf.adding(days: 400)
    for n in 0..<50 {
        start = DispatchTime.now().uptimeNanoseconds
        var employee = try store.loadEmployee(target)
        let absence = AbsenceRecord(id: "bench-\(n)", type: .sickness, start: day, end: day)
        employee.absences.append(absence)
        employee.sicknessCalls.append(SicknessCall(id: "bench-call-\(n)", absenceId: absence.id,
                                                   receivedAt: LocalDateTime(day: day, minuteOfDay: 8 * 60), via: .phone, reason: .coldFlu))
        let saveStart = DispatchTime.now().uptimeNanoseconds
        try store.save(employee, actor: "bench", action: "sickness call", summary: "opened absence \(absence.id)")
        saveTimes.append(milliseconds(since: saveStart))
        callTimes.append(milliseconds(since: start))
        day = day.adding(days: 7)
    }
    print("store: save one sickness call (load, append, save with fsync): median \(String(format: "%.2f", median(callTimes))) ms of 50 (save alone \(String(format: "%.2f", median(saveTimes))) ms; slowest \(String(format: "%.2f", callTimes.max() ?? 0)) ms)")
}

/// The terminal UI on the large store: building its data (the first frame's wait) and a
/// keypress to a fully drawn 200x60 frame on each screen.
func tuiBenchmark(snapshot: StoreSnapshot) throws {
    var start = DispatchTime.now().uptimeNanoseconds
    let data = AppData(snapshot: snapshot, policies: policies, holidays: holidays, today: asOf)
    var state = AppState(data: data, width: 200, height: 60)
    _ = AppView.render(state)
    print("tui: first frame at 200x60 with \(data.rows.count) employees (evaluate everyone, build the roster, draw): \(String(format: "%.0f", milliseconds(since: start))) ms")
    let screens: [(String, KeyEvent)] = [("roster", .character("1")), ("team calendar", .character("2")), ("person year", .character("3")),
                                         ("timeline", .character("4")), ("person detail", .character("5"))]
    for (name, key) in screens {
        _ = AppReducer.reduce(&state, .key(key))
        var times: [Double] = []
        for n in 0..<100 {
            start = DispatchTime.now().uptimeNanoseconds
            _ = AppReducer.reduce(&state, .key(n % 2 == 0 ? .down : .up))
            let frame = AppView.render(state)
            times.append(milliseconds(since: start))
            if frame.width != 200 { throw StoreError.invalid("frame size") }
        }
        print("tui: keypress to frame at 200x60, \(name): median \(String(format: "%.2f", median(times))) ms of 100 (slowest \(String(format: "%.2f", times.max() ?? 0)) ms)")
    }
}

let storeRoot = FileManager.default.temporaryDirectory.appendingPathComponent("attend-bench-\(getpid())").path
do {
    try storeBenchmark(in: storeRoot)
    try? FileManager.default.removeItem(atPath: storeRoot)
} catch {
    try? FileManager.default.removeItem(atPath: storeRoot)
    print("store: \(error)")
    exit(1)
}

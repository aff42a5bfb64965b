import AttendanceData
import AttendanceRules
import Foundation

// Triggers for a synthetic organisation: 5,000 employees with 10 years of history each.
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

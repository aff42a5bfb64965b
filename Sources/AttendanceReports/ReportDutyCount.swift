import AttendanceRules

/// How many of one kind of duty fell due in a report's period and how they were kept.
public struct ReportDutyCount: Hashable, Sendable, Codable {
    public var due = 0
    public var onTime = 0
    public var late = 0
    public var notDone = 0

    public init() {}

    /// On time ÷ due, nil when none fell due.
    public var onTimeShare: Double? { due > 0 ? Double(onTime) / Double(due) : nil }

    mutating func add(_ kept: DutyTimeliness) {
        due += 1
        switch kept {
        case .onTime: onTime += 1
        case .late: late += 1
        case .notDone: notDone += 1
        }
    }

    static func + (a: ReportDutyCount, b: ReportDutyCount) -> ReportDutyCount {
        var sum = a
        sum.due += b.due
        sum.onTime += b.onTime
        sum.late += b.late
        sum.notDone += b.notDone
        return sum
    }
}

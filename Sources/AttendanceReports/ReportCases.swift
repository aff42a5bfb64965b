import AttendanceRules

/// Triggers and cases on a report's last day, over the people employed then: who is at each
/// trigger point, the Bradford scores in the bands the policy's Bradford triggers make, open
/// cases by stage, live warnings and those lapsing soon, and open long-term cases.
public struct ReportCases: Hashable, Sendable, Codable {
    /// "Lapsing soon": within this many days of the last day (a report choice, D-97).
    public static let lapsingWithinDays = 30

    public let on: CalendarDay
    public let people: Int
    public let triggers: [ReportCount]
    public let bradfordBands: [ReportCount]
    /// Open cases: `informal`, each formal stage in the ladder's order, then `appeal`.
    public let stages: [ReportCount]
    public let warningsLive: Int
    public let warningsLapsingSoon: Int
    public let longTerm: [ReportLongTermCase]

    init(on: CalendarDay, people: [PersonInReport], policies: [String: PolicyProfile]) {
        self.on = on
        let statuses = people.compactMap(\.caseStatus)
        self.people = statuses.count
        let used = policies.values.filter { p in statuses.contains { $0.policyId == p.id } }.sorted { $0.id < $1.id }
        var triggers: [ReportCount] = [], bands: [ReportCount] = [], stages: [ReportCount] = []
        for policy in used {
            let mine = statuses.filter { $0.policyId == policy.id }
            for trigger in policy.triggers {
                triggers.append(ReportCount(key: trigger.id, policy: policy.id, label: trigger.label,
                                            people: mine.filter { $0.triggersHit.contains(trigger.id) }.count))
            }
            bands += Self.bradfordBands(policy: policy, scores: mine.compactMap(\.bradford))
            let ladder = [("informal", "Informal")] + policy.stages.filter(\.formal).map { ($0.id, $0.name) } + [("appeal", "Appeal")]
            for (key, label) in ladder {
                let count = mine.filter { $0.stage == key }.count
                if key == "informal" && !policy.stages.contains(where: { !$0.formal }) && count == 0 { continue }
                stages.append(ReportCount(key: key, policy: policy.id, label: label, people: count))
            }
        }
        self.triggers = triggers
        bradfordBands = bands
        self.stages = stages
        warningsLive = statuses.reduce(0) { $0 + $1.warningsLive }
        warningsLapsingSoon = statuses.reduce(0) { $0 + $1.warningsLapsingSoon }
        longTerm = statuses.compactMap(\.longTerm).sorted { ($0.start, $0.employeeId) < ($1.start, $1.employeeId) }
    }

    /// The bands the policy's Bradford trigger values make (NUL16 s21.2-21.4: 150, 500, 875
    /// [002:1256], [002:1265]): below the first, from each value to the next, the last and over.
    /// None for a policy without a Bradford trigger.
    static func bradfordBands(policy: PolicyProfile, scores: [Double]) -> [ReportCount] {
        let values = Array(Set(policy.triggers.filter { $0.metric == .bradford }.map(\.value))).sorted()
        guard !values.isEmpty else { return [] }
        let bounds = [0] + values
        return bounds.enumerated().map { i, lower in
            let upper = i + 1 < bounds.count ? bounds[i + 1] : nil
            let label = upper.map { "\(TriggerEvaluator.format(lower)) to under \(TriggerEvaluator.format($0))" }
                ?? "\(TriggerEvaluator.format(lower)) and over"
            let people = scores.filter { score in score >= lower && (upper.map { score < $0 } ?? true) }.count
            return ReportCount(key: TriggerEvaluator.format(lower), policy: policy.id, label: label, people: people)
        }
    }
}

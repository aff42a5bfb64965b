import AttendanceRules
import AttendanceStore

/// Where one person's case stands on a report's last day: the triggers they are at, their
/// Bradford score, the open stage, live warnings and an open long-term case.
public struct PersonCaseStatus: Hashable, Sendable {
    public let policyId: String
    public let triggersHit: [String]
    public let bradford: Double?
    /// `appeal`, `informal`, a formal stage's id, or nil with no open case.
    public let stage: String?
    public let warningsLive: Int
    /// Live warnings that lapse within `ReportCases.lapsingWithinDays` of the last day.
    public let warningsLapsingSoon: Int
    public let longTerm: ReportLongTermCase?

    /// The person's case on `day` under `policy`, from `figures` as of that day.
    init(employee: EmployeeDocument, record: EmployeeRecord, policy: PolicyProfile, counter: AbsenceCounter,
         planner: DutyPlanner, on day: CalendarDay, lapsingWithinDays: Int) {
        let figures = counter.figures(for: record, asOf: day)
        policyId = policy.id
        triggersHit = TriggerEvaluator.evaluate(figures, policy: policy, fte: record.fte).filter(\.hit).map(\.id)
        bradford = figures.bradford
        let live = employee.warnings.filter { $0.isLive(on: day, under: policy) }
        warningsLive = live.count
        let soon = day.adding(days: lapsingWithinDays)
        warningsLapsingSoon = live.filter { ($0.lapseDate(under: policy).map { $0 <= soon }) ?? false }.count
        stage = Self.openStage(employee, policy: policy, on: day)
        if let spell = figures.spells.last, spell.ongoing || spell.end >= day, counter.isLongTerm(spell) {
            let next = planner.nextMilestone(start: spell.start, asOf: day)
            longTerm = ReportLongTermCase(
                employeeId: employee.id, name: employee.name, teamId: employee.teamId, start: spell.start,
                calendarDays: spell.start.days(to: day) + 1,
                workingDays: spell.start <= day ? planner.employeeCalendar.workingDays(from: spell.start, through: day) : 0,
                nextMilestone: next?.milestone.label, nextMilestoneOn: next?.day, nextMilestoneSource: next?.milestone.source)
        } else {
            longTerm = nil
        }
    }

    /// The open stage on `day`: `appeal` while an appeal lodged by then is not decided; else
    /// the latest of a stage outcome still in force (a live warning, or a review period not yet
    /// over) and a stage meeting booked with no outcome recorded against it. A stage the policy
    /// marks `formal: false` (the attendance support meeting, NOTTS [001:32-33]) is `informal`;
    /// a dismissal or redeployment closes the case.
    static func openStage(_ employee: EmployeeDocument, policy: PolicyProfile, on day: CalendarDay) -> String? {
        let decided = employee.stages.filter { $0.decidedOn <= day }
        if decided.contains(where: { record in
            guard let appeal = record.appeal, appeal.lodged <= day else { return false }
            return appeal.result == nil || (appeal.heard.map { $0 > day } ?? false)
        }) { return "appeal" }
        var candidates: [(on: CalendarDay, stage: String)] = decided.compactMap { record in
            guard record.outcome != .dismissal, record.outcome != .redeployment else { return nil }
            let warningLive = record.standingWarning?.isLive(on: day, under: policy) ?? false
            let inReview = record.reviewPeriodEnd.map { $0 >= day } ?? false
            return warningLive || inReview ? (record.decidedOn, record.stage) : nil
        }
        let outcomeFor = Set(employee.stages.compactMap(\.meetingId))
        for meeting in employee.meetings where !meeting.cancelled && policy.stage(meeting.kind) != nil
            && !outcomeFor.contains(meeting.id) && meeting.noticeGiven.day <= day
            && (decided.map(\.decidedOn).max().map { meeting.at.day >= $0 } ?? true) {
            candidates.append((meeting.at.day, meeting.kind))
        }
        guard let latest = candidates.max(by: { $0.on < $1.on }) else { return nil }
        return policy.stage(latest.stage)?.formal == false ? "informal" : latest.stage
    }
}

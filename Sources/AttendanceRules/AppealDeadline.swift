/// The last day an appeal against a stage outcome may be lodged: N organisation working days
/// (Monday to Friday less the bank holidays of the person's nation, AMB-01) from the day the
/// outcome was issued or received, as the appeal meeting's check says (NUL16 s21.3 [002:1327],
/// s21.4 [002:1381]; NOTTS [001:73]; CAF s2.3.3 [004:255]; AMB-13). The anchor is day 0, as in
/// `MeetingScheduler`'s appeal check, so a letter and the check agree to the day.
public struct AppealDeadline: Hashable, Sendable {
    public let workingDays: Int
    /// True: counted from the day the outcome letter is received; false: from its issue.
    public let fromReceipt: Bool
    /// The day counting starts from (the issue day, or the deemed day of receipt).
    public let anchor: CalendarDay
    public let lastDay: CalendarDay
    public let rule: String
    public let source: String

    /// The deadline for an appeal against `stage`'s outcome issued on `issued` and, when the
    /// appeal runs from receipt, received on `received`; nil when the policy states no appeal.
    public init?(policy: PolicyProfile, stage: String, issued: CalendarDay, received: CalendarDay, calendar: WorkingCalendar) {
        guard let appeal = policy.stage(stage)?.appeal,
              let check = policy.meeting(appeal.meetingKind)?.checks.first(where: {
                  $0.type == .appealWithinWorkingDaysOfOutcomeReceived || $0.type == .appealWithinWorkingDaysOfOutcomeIssued
              }),
              let amount = check.amount else { return nil }
        workingDays = amount
        fromReceipt = check.type == .appealWithinWorkingDaysOfOutcomeReceived
        anchor = fromReceipt ? received : issued
        lastDay = calendar.adding(workingDays: amount, to: anchor)
        rule = check.rule
        source = check.source
    }
}

import AttendanceRules
import AttendanceStore

/// What every synthetic employee is generated against: the day, the history's length, the
/// seed, the policy and what is worked out from it once.
struct SyntheticContext: Sendable {
    let today: CalendarDay
    let years: Int
    let seed: UInt64
    let policy: PolicyProfile
    let holidays: BankHolidayCalendar
    let evaluator: AttendanceEvaluator
    /// Digits in an employee id after the `e`.
    let idWidth: Int
    /// The first day of the history.
    let historyStart: CalendarDay
    /// Calls and interviews are recorded from this day (two years before today).
    let recentStart: CalendarDay
    /// The policy's fit-note and self-certificate thresholds in calendar days.
    let fitNoteAfter: Int
    let selfCertificateFrom: Int
    let employeeContactDay: Int
    let contactEvery: Int
    /// The policy's interview prompts.
    let prompts: [RTWPromptRule]
    /// The organisation calendar in each nation, for notice.
    let organisationCalendars: [Nation: WorkingCalendar]
    /// The part-time patterns, with their FTE.
    let partTimePatterns: [(pattern: WorkingPattern, fte: Double)]

    init(today: CalendarDay, years: Int, seed: UInt64, policy: PolicyProfile, holidays: BankHolidayCalendar, idWidth: Int) {
        self.today = today
        self.years = years
        self.seed = seed
        self.policy = policy
        self.holidays = holidays
        self.idWidth = idWidth
        evaluator = AttendanceEvaluator(policy: policy, holidays: holidays)
        historyStart = today.adding(months: -12 * years).next
        recentStart = today.adding(months: -24).next
        fitNoteAfter = policy.certification.fitNote?.requiredAfterCalendarDays ?? 7
        selfCertificateFrom = policy.certification.selfCertificate?.fromCalendarDays ?? 4
        employeeContactDay = policy.contact.employeeContactOnCalendarDay ?? 8
        contactEvery = min(14, policy.contact.atLeastEveryCalendarDays ?? 14)
        prompts = policy.returnToWork.prompts
        var calendars: [Nation: WorkingCalendar] = [:]
        for nation in Nation.allCases { calendars[nation] = .organisation(nation: nation, holidays: holidays) }
        organisationCalendars = calendars
        partTimePatterns = [DemoPattern.mondayToWednesday, .tuesdayThursday, .fourDaysShortFriday, .shortDays].map { ($0.pattern, $0.fte) }
    }

    /// The stage treated as the first with a warning, and the one after it.
    var firstStage: StageRule? { policy.stage("stage1") ?? policy.stages.first { $0.warning != nil } }

    /// A seed for one stream (`kind`, `index`) of the run's seed: employee `i` always draws
    /// the same numbers, whatever the others draw.
    static func streamSeed(_ seed: UInt64, _ kind: UInt64, _ index: UInt64) -> UInt64 {
        var mixer = SplitMix64(seed: seed ^ (kind &* 0xD1B5_4A32_D192_ED03) ^ (index &* 0x9E37_79B9_7F4A_7C15))
        _ = mixer.next()
        return mixer.next()
    }
}

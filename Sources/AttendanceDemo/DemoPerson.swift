import AttendanceRules

/// One person of the demo organisation: who they are, where they work, their pattern and
/// the story their record tells.
struct DemoPerson: Sendable {
    let id: String
    let name: String
    /// Index into `DemoOrganisation.teams`.
    let team: Int
    /// Where they work; written to the document only when it differs from the organisation's.
    let home: Nation
    let pattern: DemoPattern
    let role: DemoRole
    /// Extra leave that gives the calendars something to show.
    let leave: [DemoLeave]
    /// Months since they started, for new starters; nil: a long-serving employee.
    let startedMonthsAgo: Int?

    init(_ id: String, _ name: String, team: Int, home: Nation, pattern: DemoPattern = .fullTime,
         role: DemoRole = .ordinary, leave: [DemoLeave] = [], startedMonthsAgo: Int? = nil) {
        self.id = id
        self.name = name
        self.team = team
        self.home = home
        self.pattern = pattern
        self.role = role
        self.leave = leave
        self.startedMonthsAgo = startedMonthsAgo
    }
}

/// The working patterns the demo uses.
enum DemoPattern: Sendable {
    /// Monday to Friday, 7.5 hours.
    case fullTime
    /// Monday to Wednesday, 7.5 hours (FTE 0.6).
    case mondayToWednesday
    /// Tuesday and Thursday, 7.5 hours (FTE 0.4).
    case tuesdayThursday
    /// Monday, Tuesday, Thursday 7.5 hours and a 4-hour Friday (FTE 26.5 / 37.5 = 0.71).
    case fourDaysShortFriday
    /// Monday to Friday, 6 hours (FTE 0.8).
    case shortDays

    var pattern: WorkingPattern {
        let made: WorkingPattern?
        switch self {
        case .fullTime: return .mondayToFriday
        case .mondayToWednesday: made = try? WorkingPattern(days: [.monday, .tuesday, .wednesday], hoursPerDay: 7.5)
        case .tuesdayThursday: made = try? WorkingPattern(days: [.tuesday, .thursday], hoursPerDay: 7.5)
        case .fourDaysShortFriday:
            made = try? WorkingPattern(days: [.monday, .tuesday, .thursday, .friday], hoursPerDay: 7.5, hoursByWeekday: [.friday: 4])
        case .shortDays: made = try? WorkingPattern(days: [.monday, .tuesday, .wednesday, .thursday, .friday], hoursPerDay: 6)
        }
        return made ?? .mondayToFriday
    }

    /// Weekly hours over the organisation's 37.5, to two decimal places.
    var fte: Double {
        (pattern.weeklyHours / WorkingPattern.mondayToFriday.weeklyHours * 100).rounded() / 100
    }
}

/// The story an employee's record tells.
enum DemoRole: Sendable {
    /// Background absences only.
    case ordinary
    /// Stage 1 then Stage 2 warnings, an appeal lodged and heard; Bradford 500 hit today.
    case stageTwoWithAppeal
    /// A live Stage 1 warning with its review period running and a review meeting booked.
    case liveStageOne
    /// Has just reached Stage 1 (Monday and Friday pattern, a late call); the meeting is booked.
    case newlyAtStageOne
    /// A Stage 1 warning that has lapsed.
    case lapsedStageOne
    /// Off for about ten weeks: fit notes, contacts and the 12-week review booked.
    case longTerm
    /// Off sick today, since about two days ago.
    case offSickToday
    /// Came back on the last working day; the return-to-work interview is due.
    case backYesterday
    /// Came back two working days ago; the interview is a draft.
    case interviewDraft
    /// Pregnancy-related sickness, then maternity leave.
    case pregnancy
    /// Disability-related absences, one of them decided by HR not to count.
    case disability
    /// Injured at work; a proxy call.
    case industrialInjury
    /// An infectious disease covered by a fit note from the first day.
    case infectiousDisease
    /// A longer spell with a fit note and contacts.
    case longerSpell
    /// Went home ill after a quarter of the day (the day counts).
    case partDayQuarter
    /// Went home after 60% of the day (the day does not count).
    case partDayMostly
    /// Reported sickness by text.
    case textReport

    /// Whether the story is tuned so exactly that background sickness would change it.
    var scriptedSickness: Bool {
        switch self {
        case .stageTwoWithAppeal, .liveStageOne, .newlyAtStageOne, .lapsedStageOne, .longTerm, .pregnancy, .disability, .longerSpell:
            true
        default:
            false
        }
    }
}

/// A leave block given to one person, days before today.
struct DemoLeave: Sendable {
    let type: AbsenceType
    let daysAgo: Int
    /// Length in the person's working days.
    let workingDays: Int
    let firstDayWorked: Double?

    init(_ type: AbsenceType, daysAgo: Int, workingDays: Int = 1, firstDayWorked: Double? = nil) {
        self.type = type
        self.daysAgo = daysAgo
        self.workingDays = workingDays
        self.firstDayWorked = firstDayWorked
    }
}

import AttendanceRules
import AttendanceStore

/// The story each role tells, laid out in days before today. Scripted stories come first on
/// an empty record, so their spells land where they are meant to (a slot moves forward a few
/// days at most, to start and end on working days); background absences fill in around them.
extension EmployeeBuilder {
    mutating func tellStory() {
        switch person.role {
        case .ordinary: break
        case .stageTwoWithAppeal: stageTwoWithAppeal()
        case .liveStageOne: liveStageOne()
        case .newlyAtStageOne: newlyAtStageOne()
        case .lapsedStageOne: lapsedStageOne()
        case .longTerm: longTerm()
        case .offSickToday: offSickToday()
        case .backYesterday: backYesterday()
        case .interviewDraft: interviewDraft()
        case .pregnancy: pregnancy()
        case .disability: disability()
        case .industrialInjury: industrialInjury()
        case .infectiousDisease: infectiousDisease()
        case .longerSpell: longerSpell()
        case .partDayQuarter: sickness(daysAgo: 120, length: 2, SicknessPlan(.gastrointestinal, firstDayWorked: 0.25))
        case .partDayMostly: sickness(daysAgo: 60, length: 1, SicknessPlan(.headacheMigraine, firstDayWorked: 0.6))
        case .textReport:
            sickness(daysAgo: 45, length: 2, SicknessPlan(
                .headacheMigraine, call: .text,
                note: "Texted at 07:50 with a migraine. Reminded him the policy asks for a phone call; he will ring tomorrow if still off."))
        }
        for extra in person.leave {
            leave(extra.type, around: today.adding(days: -extra.daysAgo), workingDays: extra.workingDays, firstDayWorked: extra.firstDayWorked)
        }
    }

    /// Four spells reach the first trigger (Stage 1 warning, about 290 days ago); two more
    /// raise the score enough for Stage 2 (about 200 days ago), appealed and dismissed; two
    /// further short spells keep today's score between the second and third trigger points.
    private mutating func stageTwoWithAppeal() {
        sickness(daysAgo: 420, length: 3, SicknessPlan(.coldFlu))
        sickness(daysAgo: 385, length: 2, SicknessPlan(.gastrointestinal))
        sickness(daysAgo: 345, length: 4, SicknessPlan(.backPain))
        let fourth = sickness(daysAgo: 300, length: 5, SicknessPlan(.respiratory, note: "Sounded very chesty; said he would see the GP."))
        sickness(daysAgo: 250, length: 3, SicknessPlan(.coldFlu))
        let sixth = sickness(daysAgo: 215, length: 4, SicknessPlan(.musculoskeletal))
        sickness(daysAgo: 90, length: 3, SicknessPlan(.gastrointestinal))
        sickness(daysAgo: 40, length: 2, SicknessPlan(.headacheMigraine))
        if let first = context.firstStage, let end = fourth?.end {
            recordStage(first.rule, index: first.index, returned: end.next, appeal: false)
        }
        if let second = context.secondStage, let end = sixth?.end {
            recordStage(second.rule, index: second.index, returned: end.next, appeal: true)
        }
    }

    /// Four spells in the year reach the first trigger; the Stage 1 warning is about 11 weeks
    /// old, its review period is still running and the review meeting is booked.
    private mutating func liveStageOne() {
        sickness(daysAgo: 280, length: 2, SicknessPlan(.coldFlu))
        sickness(daysAgo: 210, length: 3, SicknessPlan(.gastrointestinal))
        sickness(daysAgo: 140, length: 4, SicknessPlan(.headacheMigraine))
        let fourth = sickness(daysAgo: 85, length: 3, SicknessPlan(.coldFlu))
        guard let first = context.firstStage, let end = fourth?.end,
              let stage = recordStage(first.rule, index: first.index, returned: end.next, appeal: false) else { return }
        let kind = "\(first.rule.id)-review"
        let notice = LocalDateTime(day: lastWorkingDay(before: today), minuteOfDay: 14 * 60)
        guard notice.day > stage.decidedOn else { return }
        schedule(kind: kind, noticeGiven: notice, delivery: .email, notBefore: max(stage.reviewPeriodEnd ?? today.next, today.next))
    }

    /// Mondays and Fridays: five short spells, the last ending last week, reach the first
    /// trigger; one call was late. The Stage 1 meeting is booked within five working days of the return.
    private mutating func newlyAtStageOne() {
        sickness(daysAgo: 330, length: 1, weekday: .monday, SicknessPlan(.coldFlu))
        sickness(daysAgo: 250, length: 1, weekday: .friday, SicknessPlan(.headacheMigraine))
        sickness(daysAgo: 180, length: 1, weekday: .monday, SicknessPlan(
            .gastrointestinal, call: .late, note: "Rang at 10:40; said he had been up in the night and fell back asleep."))
        sickness(daysAgo: 110, length: 4, weekday: .friday, SicknessPlan(.coldFlu))
        guard let last = sicknessSlot(around: today.adding(days: -13), length: 2, weekday: .monday, search: 7) else { return }
        let record = addSickness(start: last, end: last.next, SicknessPlan(.notGiven))
        guard let first = context.firstStage, let end = record.end else { return }
        let returned = end.next
        let noticeDay = min(lastWorkingDay(before: today), organisationCalendar.adding(workingDays: 5, to: returned))
        guard noticeDay >= returned else { return }
        schedule(kind: first.rule.id, noticeGiven: LocalDateTime(day: noticeDay, minuteOfDay: 15 * 60), delivery: .hand,
                 notBefore: today.next, facts: MeetingFacts(returned: returned))
    }

    /// A Stage 1 warning about 18 months ago that lapsed long since; one short spell this year.
    private mutating func lapsedStageOne() {
        sickness(daysAgo: 700, length: 3, SicknessPlan(.coldFlu))
        sickness(daysAgo: 650, length: 4, SicknessPlan(.backPain))
        sickness(daysAgo: 600, length: 5, SicknessPlan(.respiratory))
        let fourth = sickness(daysAgo: 550, length: 2, SicknessPlan(.gastrointestinal))
        if let first = context.firstStage, let end = fourth?.end {
            recordStage(first.rule, index: first.index, returned: end.next, appeal: false)
        }
        sickness(daysAgo: 200, length: 2, SicknessPlan(.coldFlu))
    }

    /// Off since about ten weeks ago: fit notes, the day-8 contact, fortnightly keeping-in-touch
    /// calls, and the 12-week review meeting booked.
    private mutating func longTerm() {
        sickness(daysAgo: 420, length: 2, SicknessPlan(.coldFlu))
        let start = calendar.nextWorkingDay(onOrAfter: today.adding(days: -70))
        addSickness(start: start, end: nil, SicknessPlan(
            .musculoskeletal,
            note: "Back pain; cannot sit at a desk or drive at the moment. Agreed to talk every couple of weeks.", interview: .none,
            contactNotes: DemoText.keepingInTouch))
        let review = policy.longTerm?.milestones.first { $0.id.contains("12") }.flatMap { $0.after.calendarEnd(from: start)?.previous }
            ?? start.adding(days: 83)
        let notice = LocalDateTime(day: lastWorkingDay(before: today), minuteOfDay: 11 * 60)
        schedule(kind: "long-term-review", noticeGiven: notice, delivery: .email, notBefore: max(review, today.next),
                 facts: MeetingFacts(absenceStart: start), place: "Video call, as agreed with the employee")
    }

    /// Off sick today: the spell began on the employee's working day two (or so) days ago.
    private mutating func offSickToday() {
        var start = today.adding(days: -2)
        while !calendar.isWorkingDay(start) { start = start.previous }
        let callBack = calendar.adding(workingDays: 2, to: start).weekday.name
        addSickness(start: start, end: nil, SicknessPlan(
            .coldFlu, note: "High temperature and a bad cough. Will ring again on \(callBack) morning.", interview: .none))
    }

    /// Came back on the last working day; no interview yet.
    private mutating func backYesterday() {
        // Three earlier spells, so this last one takes the score over the first trigger point
        // during the past week: the weekly review's "newly hit" list has someone to show.
        sickness(daysAgo: 300, length: 3, SicknessPlan(.coldFlu))
        sickness(daysAgo: 200, length: 3, SicknessPlan(.gastrointestinal))
        sickness(daysAgo: 100, length: 2, SicknessPlan(.headacheMigraine))
        let returned = lastWorkingDay(before: today)
        let end = lastWorkingDay(before: returned)
        let start = calendar.adding(workingDays: -1, to: end)
        addSickness(start: start, end: end, SicknessPlan(.gastrointestinal, interview: .none))
    }

    /// Came back two working days ago; the interview was started and saved as a draft.
    private mutating func interviewDraft() {
        let returned = lastWorkingDay(before: lastWorkingDay(before: today))
        let end = lastWorkingDay(before: returned)
        let start = calendar.adding(workingDays: -2, to: end)
        addSickness(start: start, end: end, SicknessPlan(.coldFlu, interview: .draft))
    }

    /// Two pregnancy-related spells (not counted under most policies), then maternity leave.
    private mutating func pregnancy() {
        sickness(daysAgo: 250, length: 2, SicknessPlan(.pregnancyRelated, related: .pregnancy))
        sickness(daysAgo: 205, length: 3, SicknessPlan(
            .pregnancyRelated, related: .pregnancy, note: "Pregnancy-related; she has let HR know and the risk assessment is booked."))
        addLeave(.maternity, start: calendar.nextWorkingDay(onOrAfter: today.adding(days: -120)), end: nil)
    }

    /// Disability-related spells: counted but for HR advice first; HR decided one does not count.
    private mutating func disability() {
        sickness(daysAgo: 300, length: 1, SicknessPlan(.other, related: .disability, note: "Said it was related to his condition; we will talk on his return."))
        if let start = sicknessSlot(around: today.adding(days: -200), length: 2) {
            let end = start.next
            let decided = organisationCalendar.adding(workingDays: 8, to: end)
            let decision = decided < today
                ? HRDecision(counts: false, decidedBy: "HR (Joanne Pike)", decidedOn: decided,
                             note: "Linked to the condition in his adjustment plan; not counted towards the trigger points.")
                : nil
            addSickness(start: start, end: end, SicknessPlan(.other, related: .disability, hrDecision: decision))
        }
        sickness(daysAgo: 75, length: 1, SicknessPlan(.other, related: .disability))
    }

    /// Injured at work: his wife rang in from the hospital.
    private mutating func industrialInjury() {
        sickness(daysAgo: 150, length: 6, SicknessPlan(
            .injury, related: .industrialInjury, call: .proxy("Kasia Wiśniewska (wife)"),
            note: "His wife rang: he hurt his wrist unloading the van at work yesterday afternoon. Accident book entry made."))
    }

    /// An infectious illness covered by a fit note from the first day (not counted under NUL16).
    private mutating func infectiousDisease() {
        sickness(daysAgo: 100, length: 9, SicknessPlan(
            .gastrointestinal, related: .infectiousDisease,
            note: "GP advised staying away from work until clear for 48 hours; fit note to follow.", fitNoteFromFirstDay: true))
    }

    /// A fortnight off with a fit note from day 8 and contacts.
    private mutating func longerSpell() {
        sickness(daysAgo: 200, length: 15, weekday: .monday, SicknessPlan(
            .backPain, contactNotes: ["Keeping-in-touch call: improving; expects to be back when the fit note ends."]))
    }
}

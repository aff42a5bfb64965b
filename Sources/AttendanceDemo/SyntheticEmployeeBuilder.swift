import AttendanceRules
import AttendanceStore
import Foundation

/// One absence the synthetic generator means to place, on or after a target day.
struct SyntheticPlan {
    enum Kind {
        /// Sickness of about `length` calendar days.
        case sickness(length: Int, reason: ReasonCategory, related: RelatedCategory?, firstDayWorked: Double?)
        /// Leave of `workingDays` of the employee's working days.
        case leave(AbsenceType, workingDays: Int, firstDayWorked: Double?)
        /// Leave of `calendarDays` (maternity).
        case longLeave(AbsenceType, calendarDays: Int)
    }

    let target: Int
    let order: Int
    let kind: Kind

    var isSickness: Bool {
        if case .sickness = kind { return true }
        return false
    }
}

/// Builds one synthetic employee: absences placed in date order with a cursor (so none
/// overlap, without any per-day loop), then the calls, fit notes, contacts, interviews,
/// meetings and stages that go with them. The rules are evaluated only at the returns where a
/// trigger may have been reached, and once more for each warning's score at issue.
struct SyntheticEmployeeBuilder {
    let context: SyntheticContext
    let index: Int
    let nation: Nation
    let managerName: String
    let place: String
    let calendar: WorkingCalendar
    let organisationCalendar: WorkingCalendar
    /// Nothing is recorded before this day: the history's start, or the start date if later.
    let earliest: CalendarDay
    var rng: SplitMix64
    var document: EmployeeDocument

    /// Calendar days kept clear after a sickness absence (or before one), and between leave.
    static let sicknessGap = 5
    static let leaveGap = 2

    var today: CalendarDay { context.today }
    var policy: PolicyProfile { context.policy }

    init(context: SyntheticContext, index: Int, team: Team, nation: Nation, managerName: String, place: String) {
        self.context = context
        self.index = index
        self.nation = nation
        self.managerName = managerName
        self.place = place
        rng = SplitMix64(seed: SyntheticContext.streamSeed(context.seed, 0xE3, UInt64(index)))
        let name = SyntheticNames.name(&rng)
        var pattern = WorkingPattern.mondayToFriday
        var fte = 1.0
        if rng.chance(0.2) {
            let chosen = rng.pick(context.partTimePatterns)
            pattern = chosen.pattern
            fte = chosen.fte
        }
        calendar = WorkingCalendar(pattern: pattern, nation: nation, holidays: context.holidays)
        organisationCalendar = context.organisationCalendars[nation] ?? .organisation(nation: nation, holidays: context.holidays)
        // About two thirds started before the history; the rest at any time in it.
        let historyDays = context.historyStart.days(to: context.today)
        var start = rng.chance(0.65)
            ? context.historyStart.adding(days: -rng.int(in: 1...(12 * 365)))
            : context.today.adding(days: -rng.int(in: min(30, historyDays)...max(30, historyDays)))
        start = calendar.nextWorkingDay(onOrAfter: start)
        earliest = max(start, context.historyStart)
        let id = "e" + String(index + 1).leftPadded(to: context.idWidth)
        document = EmployeeDocument(id: id, name: name, teamId: team.id, managerId: team.managerId, pattern: pattern,
                                    nation: nation == .englandAndWales ? nil : nation, policy: nil, fte: fte, startDate: start)
    }

    mutating func build() -> EmployeeDocument {
        placeAbsences(plan())
        addSicknessRecords()
        addStages()
        return document
    }

    // MARK: - Planning

    /// Every absence the employee is meant to have, by target day.
    mutating func plan() -> [SyntheticPlan] {
        var plans: [SyntheticPlan] = []
        func add(_ day: CalendarDay?, _ kind: SyntheticPlan.Kind) {
            guard let day, day >= earliest, day <= today else { return }
            plans.append(SyntheticPlan(target: day.dayNumber, order: plans.count, kind: kind))
        }
        let daysPerWeek = document.pattern.days.count
        func scaled(_ days: Int) -> Int { max(1, (days * daysPerWeek + 2) / 5) }
        // How prone to short sickness this person is: spells a year.
        let rate = rng.pick([0.15, 0.3, 0.5, 0.7, 0.9, 1.1, 1.3, 1.6, 2.0, 2.6])
        let disabled = rng.chance(0.04)
        for year in earliest.year...today.year {
            func day(_ month: Int, _ dayOfMonth: Int) -> CalendarDay? { CalendarDay(year: year, month: month, day: dayOfMonth) }
            func anyDay() -> CalendarDay? { day(rng.int(in: 1...12), rng.int(in: 1...28)) }
            // Annual leave: about 25 days (pro rata), a spring week, a summer block, Christmas and odd days.
            let entitlement = scaled(25)
            var taken = 0
            let spring = scaled(rng.pick([3, 5]))
            add(day(4, rng.int(in: 1...20)), .leave(.annualLeave, workingDays: spring, firstDayWorked: nil))
            let summer = scaled(rng.pick([5, 10, 10]))
            add(day(rng.pick([7, 8]), rng.int(in: 1...20)), .leave(.annualLeave, workingDays: summer, firstDayWorked: nil))
            taken += spring + summer
            if rng.chance(0.75) {
                let christmas = scaled(rng.int(in: 2...5))
                add(day(12, rng.int(in: 17...22)), .leave(.annualLeave, workingDays: christmas, firstDayWorked: nil))
                taken += christmas
            }
            var blocks = 0
            while taken < entitlement && blocks < 8 {
                let days = min(entitlement - taken, rng.pick([1, 1, 2, 3, 5]))
                add(anyDay(), .leave(.annualLeave, workingDays: days, firstDayWorked: nil))
                taken += days
                blocks += 1
            }
            // Special leave now and then.
            if rng.chance(0.22) {
                switch rng.int(in: 0...9) {
                case 0, 1: add(anyDay(), .leave(.medicalAppointment, workingDays: 1, firstDayWorked: 0.5))
                case 2, 3: add(anyDay(), .leave(.dependants, workingDays: 1, firstDayWorked: nil))
                case 4: add(anyDay(), .leave(.bereavement, workingDays: 3, firstDayWorked: nil))
                case 5: add(anyDay(), .leave(.compassionate, workingDays: 2, firstDayWorked: nil))
                case 6: add(anyDay(), .leave(.domesticEmergency, workingDays: 1, firstDayWorked: nil))
                case 7: add(anyDay(), .leave(rng.chance(0.3) ? .juryService : .publicDuties, workingDays: rng.pick([1, 5, 10]), firstDayWorked: nil))
                default: add(anyDay(), .leave(.specialLeave, workingDays: rng.pick([1, 1, 2]), firstDayWorked: nil))
                }
            }
            // Short sickness: a Poisson number of spells, mostly 1 to 3 days.
            for _ in 0..<poisson(rate) {
                var target = anyDay()
                // Mondays and Fridays are over-represented.
                if let t = target, rng.chance(0.25) {
                    let wanted: Weekday = rng.chance(0.6) ? .monday : .friday
                    target = t.adding(days: (wanted.rawValue - t.weekday.rawValue + 7) % 7)
                }
                let roll = rng.int(in: 0...99)
                let length = roll < 62 ? rng.pick([1, 1, 1, 2, 2, 3, 3]) : (roll < 91 ? rng.int(in: 4...7) : rng.int(in: 8...20))
                var reason = length > 7 ? rng.pick(DemoText.longerReasons) : rng.pick(DemoText.shortReasons)
                var related: RelatedCategory?
                if disabled && rng.chance(0.4) {
                    related = .disability
                } else if rng.chance(0.015) {
                    related = .industrialInjury
                    reason = .injury
                } else if rng.chance(0.01) {
                    related = .infectiousDisease
                    reason = .infection
                }
                let partDay: Double? = length == 1 && rng.chance(0.08) ? rng.pick([0.25, 0.5, 0.6]) : nil
                add(target, .sickness(length: length, reason: reason, related: related, firstDayWorked: partDay))
            }
            // Long-term sickness: 4 weeks to 6 months, mostly nearer 4 weeks.
            if rng.chance(0.025) {
                let extra = rng.int(in: 0...12)
                let length = 28 + extra * extra
                let reason = rng.pick([ReasonCategory.stressAnxietyDepression, .stressAnxietyDepression, .backPain, .musculoskeletal,
                                       .operationRecovery, .heartCirculation, .respiratory])
                add(anyDay(), .sickness(length: length, reason: reason, related: nil, firstDayWorked: nil))
            }
            // Pregnancy: a pregnancy-related spell or two, then maternity leave.
            if rng.chance(0.012), let first = anyDay() {
                for spell in 0..<rng.int(in: 1...2) {
                    add(first.adding(days: spell * 40), .sickness(length: rng.int(in: 1...5), reason: .pregnancyRelated, related: .pregnancy, firstDayWorked: nil))
                }
                add(first.adding(days: rng.int(in: 100...160)), .longLeave(.maternity, calendarDays: 7 * rng.int(in: 26...39)))
            }
        }
        // A few are off sick today.
        if rng.chance(0.02) {
            add(today.adding(days: -rng.int(in: 0...6)), .sickness(length: 400, reason: rng.pick(DemoText.shortReasons), related: nil, firstDayWorked: nil))
        }
        return plans.sorted { ($0.target, $0.order) < ($1.target, $1.order) }
    }

    /// A Poisson draw (Knuth), for small means.
    mutating func poisson(_ mean: Double) -> Int {
        let limit = exp(-mean)
        var product = 1.0
        var count = -1
        repeat {
            count += 1
            product *= Double(rng.next() >> 11) / Double(1 << 53)
        } while product > limit && count < 20
        return count
    }

    // MARK: - Placing

    /// Places the plans in date order, each after the last with a gap; a sickness that runs
    /// into today stays open and nothing is placed after it.
    mutating func placeAbsences(_ plans: [SyntheticPlan]) {
        var lastEnd = earliest.dayNumber - 10
        var lastWasSickness = false
        for plan in plans {
            let gap = plan.isSickness || lastWasSickness ? Self.sicknessGap : Self.leaveGap
            let from = CalendarDay(dayNumber: max(plan.target, lastEnd + gap + 1))
            let start = calendar.nextWorkingDay(onOrAfter: from)
            guard start <= today else { break }
            let id = "abs-\(document.absences.count + 1)"
            switch plan.kind {
            case .sickness(let length, let reason, let related, let firstDayWorked):
                var end: CalendarDay? = start.adding(days: length - 1)
                if let last = end, !calendar.isWorkingDay(last) { end = calendar.adding(workingDays: -1, to: last) }
                if let last = end, last >= today { end = nil }
                let lastDay = end ?? today
                let days = start.days(to: lastDay) + 1
                var certificate = CertificateKind.none
                var fitNoteFrom: CalendarDay?
                if related == .infectiousDisease {
                    certificate = .fitNote
                    fitNoteFrom = start
                } else if days > context.fitNoteAfter {
                    certificate = .fitNote
                    fitNoteFrom = start.adding(days: context.fitNoteAfter)
                } else if days >= context.selfCertificateFrom, end != nil {
                    certificate = .selfCertificate
                }
                document.absences.append(AbsenceRecord(
                    id: id, type: .sickness, start: start, end: end, firstDayWorkedFraction: end == start ? firstDayWorked : nil,
                    related: related, reason: reason, certificate: certificate, fitNoteFrom: fitNoteFrom))
                guard let end else { return }
                lastEnd = end.dayNumber
                lastWasSickness = true
            case .leave(let type, let workingDays, let firstDayWorked):
                let end = workingDays > 1 ? calendar.adding(workingDays: workingDays - 1, to: start) : start
                guard end < today else { continue }
                document.absences.append(AbsenceRecord(id: id, type: type, start: start, end: end,
                                                       firstDayWorkedFraction: end == start ? firstDayWorked : nil))
                lastEnd = end.dayNumber
                lastWasSickness = false
            case .longLeave(let type, let calendarDays):
                let end = start.adding(days: calendarDays - 1)
                guard end < today else { continue }
                document.absences.append(AbsenceRecord(id: id, type: type, start: start, end: end))
                lastEnd = end.dayNumber
                lastWasSickness = false
            }
        }
    }

    // MARK: - What goes with sickness

    mutating func addSicknessRecords() {
        for absence in document.absences where absence.type == .sickness {
            let lastDay = absence.end ?? today
            let days = absence.start.days(to: lastDay) + 1
            if absence.start >= context.recentStart { addCall(absence, days: days) }
            addFitNotes(absence)
            if days >= context.employeeContactDay { addContacts(absence, lastDay: lastDay, days: days) }
            if let end = absence.end, end >= context.recentStart { addInterview(absence, end: end, days: days) }
        }
    }

    mutating func addCall(_ absence: AbsenceRecord, days: Int) {
        // Someone who went home ill told the manager in person.
        guard absence.firstDayWorkedFraction == nil else { return }
        let roll = rng.int(in: 0...99)
        let via: CallChannel
        let minute: Int
        var caller: String?
        switch roll {
        case 0..<84:
            via = .phone
            minute = 7 * 60 + 15 + 5 * rng.int(in: 0...22)
        case 84..<92:
            via = .phone
            minute = 10 * 60 + 5 * rng.int(in: 1...24)
        case 92..<97:
            via = .text
            minute = 7 * 60 + 5 * rng.int(in: 0...20)
        default:
            via = .proxy
            caller = rng.pick(["Partner", "Parent", "Housemate", "Son", "Daughter"])
            minute = 8 * 60 + 5 * rng.int(in: 0...12)
        }
        let received = LocalDateTime(day: absence.start, minuteOfDay: minute)
        // A call today cannot have come in later than now; the generator has no clock, so today's calls are early.
        let flags = NotificationCheck.flags(policy: policy, firstDay: absence.start, receivedAt: received,
                                            channel: via.rawValue, normalStart: DemoOrganisation.normalStartMinute)
        let expected: CalendarDay?
        if let end = absence.end {
            expected = days <= 5 && rng.chance(0.7) ? calendar.nextWorkingDay(after: end) : nil
        } else {
            expected = calendar.adding(workingDays: 3, to: absence.start)
        }
        document.sicknessCalls.append(SicknessCall(
            id: "call-\(document.sicknessCalls.count + 1)", absenceId: absence.id, receivedAt: received, via: via, caller: caller,
            reason: absence.reason, expectedReturn: expected, flags: flags))
    }

    /// One fit note for a short spell; for a long one, notes of up to four weeks, the last
    /// of an ongoing spell running past today.
    mutating func addFitNotes(_ absence: AbsenceRecord) {
        guard absence.certificate == .fitNote, let from = absence.fitNoteFrom else { return }
        var first = from
        var weeks = absence.end == nil ? 2 : 4
        while true {
            var last = first.adding(days: weeks * 7 - 1)
            if let end = absence.end { last = min(last, end) }
            let received = min(first.adding(days: 1), today)
            document.fitNotes.append(FitNoteRecord(id: "fitnote-\(document.fitNotes.count + 1)", absenceId: absence.id,
                                                   from: first, to: last, received: received))
            first = last.next
            weeks = 4
            if let end = absence.end, first > end { break }
            if absence.end == nil, first > today { break }
        }
    }

    /// The employee's day-n contact and, in a long absence, the manager's calls every fortnight.
    mutating func addContacts(_ absence: AbsenceRecord, lastDay: CalendarDay, days: Int) {
        let on = organisationCalendar.nextWorkingDay(onOrAfter: absence.start.adding(days: context.employeeContactDay - 1))
        if on <= lastDay {
            document.contacts.append(ContactRecord(id: "contact-\(document.contacts.count + 1)", absenceId: absence.id, on: on,
                                                   by: "employee", via: .phone, note: "Rang as the policy asks; fit note on its way."))
        }
        let every = context.contactEvery
        guard days > every else { return }
        var day = absence.start.adding(days: every - 1)
        var call = 0
        while day <= lastDay {
            let on = organisationCalendar.nextWorkingDay(onOrAfter: day)
            if on <= lastDay {
                let note = days >= 28 ? DemoText.keepingInTouch[call % DemoText.keepingInTouch.count] : nil
                document.contacts.append(ContactRecord(id: "contact-\(document.contacts.count + 1)", absenceId: absence.id, on: on,
                                                       by: "manager", via: .phone, note: note))
                call += 1
            }
            day = day.adding(days: every)
        }
    }

    /// A return-to-work interview on the first working day back: signed off for most, a draft
    /// for some recent ones, missing for a few.
    mutating func addInterview(_ absence: AbsenceRecord, end: CalendarDay, days: Int) {
        let heldOn = calendar.nextWorkingDay(after: end)
        guard heldOn <= today else { return }
        let recent = heldOn.days(to: today) < 10
        let roll = rng.int(in: 0...99)
        if roll < 4 { return }
        let draft = recent && roll < 30
        var answers: [String: String] = [:]
        for prompt in context.prompts {
            if draft && answers.count >= 3 { break }
            let asked: Bool = switch prompt.when {
            case .always: true
            case .certificateToCheck: absence.certificate != .none
            case .possibleExclusion: absence.related != nil
            case .occupationalHealth, .phasedReturnAfterLongTerm: days >= 28
            default: false
            }
            if asked { answers[prompt.id] = SyntheticText.answer(prompt.id, absence: absence, end: end, days: days) }
        }
        var actions: [String] = []
        if !draft && days >= 28 { actions = ["Manager to send the occupational health referral form to HR", "Phased return plan to be confirmed in writing"] }
        document.interviews.append(RTWInterview(
            id: "rtw-\(document.interviews.count + 1)", absenceId: absence.id, heldOn: heldOn, status: draft ? .draft : .signedOff,
            answers: answers, agreedActions: actions, signedOffBy: draft ? nil : managerName, signedOffOn: draft ? nil : heldOn))
    }

    // MARK: - Stages

    /// Walks the returns from sickness in the last two years; where the record may have reached
    /// a trigger, asks the rules for the next step and records it: a stage with its meeting and
    /// warning (the score at issue from the rules), sometimes an appeal, or a review meeting.
    mutating func addStages() {
        let sickness = document.absences.filter { $0.type == .sickness }
        var busyUntil = context.recentStart
        for (position, absence) in sickness.enumerated() {
            guard let end = absence.end, end >= context.recentStart else { continue }
            let returned = calendar.nextWorkingDay(after: end)
            guard returned > busyUntil, returned <= today else { continue }
            // Cheap filter: one short spell in the window cannot reach a trigger.
            let windowStart = policy.window.start(endingOn: returned)
            var spells = 0
            var days = 0
            for other in sickness[...position].reversed() {
                let last = other.end ?? today
                if last < windowStart { break }
                spells += 1
                days += other.start.days(to: last) + 1
            }
            if spells < 2 && days <= 7 { continue }
            let evaluation = context.evaluator.evaluate(rulesRecord(asOf: returned), asOf: returned)
            guard let kind = evaluation.nextStep.stage else { continue }
            let noticeDay = organisationCalendar.adding(workingDays: 2, to: returned)
            guard noticeDay <= today else { break }
            let notice = LocalDateTime(day: noticeDay, minuteOfDay: 10 * 60)
            if let stage = policy.stage(kind), stage.warning != nil {
                // Only the first two stages are generated, and a manager (with HR) does not
                // take every case that reaches a trigger to a formal stage.
                guard (policy.stageIndex(kind) ?? 0) <= 1, rng.chance(0.7) else { continue }
                let meeting = book(kind: kind, notice: notice, delivery: .hand, facts: MeetingCheckInput(
                    noticeGiven: notice, meeting: notice, delivery: .hand, returned: returned))
                let decided = meeting?.at.day ?? organisationCalendar.adding(workingDays: 7, to: noticeDay)
                // A meeting still to come: booked, not yet decided.
                guard decided < today else { break }
                recordStage(stage, decided: decided, meetingId: meeting?.id)
                busyUntil = decided
            } else if policy.meeting(kind) != nil, rng.chance(0.6) {
                let meeting = book(kind: kind, notice: notice, delivery: .hand, facts: MeetingCheckInput(
                    noticeGiven: notice, meeting: notice, delivery: .hand, returned: returned, absenceStart: nil))
                guard let meeting, meeting.at.day < today else { break }
                busyUntil = meeting.at.day
            }
        }
    }

    /// The record the rules evaluate on `day`: what had started by then, back far enough for any window.
    func rulesRecord(asOf day: CalendarDay) -> EmployeeRecord {
        let from = day.adding(days: -800)
        let absences = document.absences.filter { $0.start <= day && ($0.end ?? today) >= from }
        return EmployeeRecord(id: document.id, pattern: document.pattern, nation: nation, fte: document.fte,
                              absences: absences, warnings: document.warnings)
    }

    mutating func recordStage(_ stage: StageRule, decided: CalendarDay, meetingId: String?) {
        let score = context.evaluator.evaluate(rulesRecord(asOf: decided), asOf: decided).figures.bradford
        let index = policy.stageIndex(stage.id) ?? 0
        // A policy that sets no validity needs one entered with the warning (AMB-26).
        let validity: Period? = stage.warning?.validity == nil ? Period(6 + 3 * min(index, 2), .months) : nil
        let warning = WarningRecord(stage: stage.id, issued: decided, scoreAtIssue: score, validity: validity)
        let reviewEnd = stage.reviewPeriod.flatMap { ($0.maximum ?? $0.minimum)?.calendarEnd(from: decided) }
        var appeal: AppealRecord?
        if rng.chance(index >= 1 ? 0.5 : 0.05) {
            let lodged = organisationCalendar.adding(workingDays: 4, to: decided)
            if lodged <= today {
                var heard: CalendarDay? = organisationCalendar.adding(workingDays: 10, to: lodged)
                if let kind = ["\(stage.id)-appeal", "appeal"].first(where: { policy.meeting($0) != nil }) {
                    let notice = LocalDateTime(day: organisationCalendar.adding(workingDays: 1, to: lodged), minuteOfDay: 10 * 60)
                    if notice.day <= today {
                        let hearing = book(kind: kind, notice: notice, delivery: .email, facts: MeetingCheckInput(
                            noticeGiven: notice, meeting: notice, delivery: .email, outcomeIssued: decided, outcomeReceived: decided,
                            appealLodged: lodged), duration: 90)
                        heard = hearing?.at.day ?? heard
                    }
                }
                if let day = heard, day >= today { heard = nil }
                appeal = AppealRecord(lodged: lodged, heard: heard, result: heard == nil ? nil : rng.pick(["dismissed", "dismissed", "upheld", "varied"]))
            }
        }
        document.stages.append(StageRecord(id: "stage-\(document.stages.count + 1)", stage: stage.id, decidedOn: decided, outcome: .warning,
                                           meetingId: meetingId, warning: warning, reviewPeriodEnd: reviewEnd, appeal: appeal))
    }

    /// Books a meeting at the earliest time the policy's checks allow after the notice (a
    /// working day for the employee too), else with 7 working days' notice.
    mutating func book(kind: String, notice: LocalDateTime, delivery: NoticeDelivery, facts: MeetingCheckInput, duration: Int = 60) -> MeetingRecord? {
        guard policy.meeting(kind) != nil else { return nil }
        let scheduler = MeetingScheduler(policy: policy, calendar: organisationCalendar)
        var input = facts
        input.place = place
        input.meeting = LocalDateTime(day: organisationCalendar.nextWorkingDay(after: notice.day), minuteOfDay: 10 * 60)
        var at = LocalDateTime(day: organisationCalendar.adding(workingDays: 7, to: notice.day), minuteOfDay: 10 * 60)
        if let report = try? scheduler.check(kind: kind, input), let earliest = report.earliestValid {
            var candidate = earliest
            var tries = 0
            while tries < 10 && !(calendar.isWorkingDay(candidate.day) && organisationCalendar.isWorkingDay(candidate.day)) {
                candidate = LocalDateTime(day: candidate.day.next, minuteOfDay: candidate.minuteOfDay)
                tries += 1
            }
            input.meeting = candidate
            if candidate > notice, let checked = try? scheduler.check(kind: kind, input), checked.ok { at = candidate }
        }
        let meeting = MeetingRecord(id: "meeting-\(document.meetings.count + 1)", kind: kind, at: at, durationMinutes: duration,
                                    place: place, noticeGiven: notice, delivery: delivery)
        document.meetings.append(meeting)
        return meeting
    }
}

import AttendanceRules
import AttendanceStore

/// What the generator is working with: the day, the policy and the bank holidays.
struct DemoContext: Sendable {
    let today: CalendarDay
    let policy: PolicyProfile
    let holidays: BankHolidayCalendar
    let evaluator: AttendanceEvaluator

    init(today: CalendarDay, policy: PolicyProfile, holidays: BankHolidayCalendar) {
        self.today = today
        self.policy = policy
        self.holidays = holidays
        evaluator = AttendanceEvaluator(policy: policy, holidays: holidays)
    }

    /// The stage the demo treats as "Stage 1": the policy's `stage1`, else its first stage
    /// with a warning, else its first stage; with its index on the ladder.
    var firstStage: (rule: StageRule, index: Int)? {
        let index = policy.stageIndex("stage1")
            ?? policy.stages.firstIndex { $0.warning != nil }
            ?? (policy.stages.isEmpty ? nil : 0)
        return index.map { (policy.stages[$0], $0) }
    }

    /// The stage after `firstStage`.
    var secondStage: (rule: StageRule, index: Int)? {
        guard let first = firstStage, first.index + 1 < policy.stages.count else { return nil }
        return (policy.stages[first.index + 1], first.index + 1)
    }
}

/// How a sickness absence was reported and followed up.
struct SicknessPlan {
    var reason: ReasonCategory
    var related: RelatedCategory?
    /// A part day: the fraction of the first day worked before going home ill (no call then).
    var firstDayWorked: Double?
    var call: CallPlan = .onTime
    var note: String?
    var interview: InterviewPlan = .signedOff
    var hrDecision: HRDecision?
    /// A fit note covers the absence from its first day (an infectious disease).
    var fitNoteFromFirstDay = false
    /// A background spell whose interview may be missing from an older record.
    var interviewMayBeMissing = false
    /// Notes for the manager's keeping-in-touch calls in a long absence.
    var contactNotes: [String] = []

    init(_ reason: ReasonCategory, related: RelatedCategory? = nil, firstDayWorked: Double? = nil, call: CallPlan = .onTime,
         note: String? = nil, interview: InterviewPlan = .signedOff, hrDecision: HRDecision? = nil,
         fitNoteFromFirstDay: Bool = false, interviewMayBeMissing: Bool = false, contactNotes: [String] = []) {
        self.reason = reason
        self.related = related
        self.firstDayWorked = firstDayWorked
        self.call = call
        self.note = note
        self.interview = interview
        self.hrDecision = hrDecision
        self.fitNoteFromFirstDay = fitNoteFromFirstDay
        self.interviewMayBeMissing = interviewMayBeMissing
        self.contactNotes = contactNotes
    }
}

/// How the first-day call came in.
enum CallPlan {
    /// By telephone, before the start of the day.
    case onTime
    /// By telephone, late in the morning.
    case late
    /// By text message.
    case text
    /// By someone else.
    case proxy(String)
}

/// What became of the return-to-work interview.
enum InterviewPlan {
    case signedOff
    case draft
    case none
}

/// The facts a meeting's checks are run on, beyond its notice.
struct MeetingFacts {
    var returned: CalendarDay?
    var outcomeIssued: CalendarDay?
    var appealLodged: CalendarDay?
    var absenceStart: CalendarDay?
}

/// Builds one employee's document: absences placed so that none overlap, the calls, contacts,
/// fit notes, interviews, meetings and stages that go with them, and finally ids in date order.
struct EmployeeBuilder {
    let context: DemoContext
    let person: DemoPerson
    let nation: Nation
    let managerName: String
    let place: String
    /// The employee's own calendar (their pattern, their nation's bank holidays).
    let calendar: WorkingCalendar
    /// The organisation calendar in the employee's nation, on which notice is counted.
    let organisationCalendar: WorkingCalendar
    /// Nothing is recorded before this day: two years ago, or the start date if later.
    let earliest: CalendarDay
    var rng: SplitMix64
    var document: EmployeeDocument

    /// Day-number ranges already taken by an absence or a meeting.
    private var busy: [ClosedRange<Int>] = []
    private var plans: [String: SicknessPlan] = [:]
    private var counter = 0

    /// Days kept clear between two absences, so records never overlap and two sickness
    /// records never merge into one spell across a weekend by accident.
    static let sicknessGap = 5
    static let leaveGap = 2

    init(context: DemoContext, person: DemoPerson, organisationNation: Nation, managerName: String, place: String, seed: UInt64) {
        self.context = context
        self.person = person
        nation = person.home
        self.managerName = managerName
        self.place = place
        let pattern = person.pattern.pattern
        calendar = WorkingCalendar(pattern: pattern, nation: person.home, holidays: context.holidays)
        organisationCalendar = .organisation(nation: person.home, holidays: context.holidays)
        rng = SplitMix64(seed: SplitMix64.seed(seed, stream: person.id))
        let today = context.today
        var start: CalendarDay
        if let months = person.startedMonthsAgo {
            start = today.adding(months: -months)
        } else {
            start = today.adding(days: -rng.int(in: (3 * 365)...(18 * 365)))
        }
        start = calendar.nextWorkingDay(onOrAfter: start)
        earliest = max(start, today.adding(days: -730))
        document = EmployeeDocument(
            id: person.id, name: person.name, teamId: DemoOrganisation.teams[person.team].id,
            managerId: DemoOrganisation.teams[person.team].managerId, pattern: pattern,
            nation: person.home == organisationNation ? nil : person.home, policy: nil,
            fte: person.pattern.fte, startDate: start)
    }

    var today: CalendarDay { context.today }
    var policy: PolicyProfile { context.policy }

    /// The record the rules evaluate.
    var rulesRecord: EmployeeRecord {
        EmployeeRecord(id: document.id, pattern: document.pattern, nation: nation, fte: document.fte,
                       absences: document.absences, warnings: document.warnings)
    }

    private mutating func temporaryId(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)-t\(counter)"
    }

    // MARK: - Placing absences

    func isFree(_ start: CalendarDay, _ end: CalendarDay, gap: Int) -> Bool {
        busy.allSatisfy { start.dayNumber - gap > $0.upperBound || end.dayNumber + gap < $0.lowerBound }
    }

    mutating func occupy(_ start: CalendarDay, _ end: CalendarDay) {
        busy.append(start.dayNumber...max(start.dayNumber, end.dayNumber))
    }

    /// The first start on or after `around` (within `search` days) for a closed sickness
    /// absence of `length` calendar days that starts and ends on working days, is free, starts
    /// on or after `earliest` and ends before today; preferring `weekday` when given.
    func sicknessSlot(around: CalendarDay, length: Int, weekday: Weekday? = nil, search: Int = 21) -> CalendarDay? {
        for offset in 0..<search {
            let start = around.adding(days: offset)
            if let weekday, start.weekday != weekday { continue }
            let end = start.adding(days: length - 1)
            if start >= earliest, end < today, calendar.isWorkingDay(start), calendar.isWorkingDay(end),
               isFree(start, end, gap: Self.sicknessGap) {
                return start
            }
        }
        return weekday == nil ? nil : sicknessSlot(around: around, length: length, search: search)
    }

    /// The first free block of `workingDays` of the employee's working days starting on or
    /// after `around` (within `search` days), ending before today.
    func leaveSlot(around: CalendarDay, workingDays: Int, search: Int = 21) -> (start: CalendarDay, end: CalendarDay)? {
        for offset in 0..<search {
            let start = around.adding(days: offset)
            guard start >= earliest, calendar.isWorkingDay(start) else { continue }
            let end = workingDays > 1 ? calendar.adding(workingDays: workingDays - 1, to: start) : start
            if end < today, isFree(start, end, gap: Self.leaveGap) { return (start, end) }
        }
        return nil
    }

    /// A closed sickness absence of `length` calendar days about `daysAgo` days ago.
    @discardableResult
    mutating func sickness(daysAgo: Int, length: Int, weekday: Weekday? = nil, _ plan: SicknessPlan) -> AbsenceRecord? {
        guard let start = sicknessSlot(around: today.adding(days: -daysAgo), length: length, weekday: weekday) else { return nil }
        return addSickness(start: start, end: start.adding(days: length - 1), plan)
    }

    /// Records a sickness absence (ongoing when `end` is nil) with its call, fit notes and
    /// contacts (the employee's on the policy's day, the manager's every fortnight or as often
    /// as the policy asks).
    @discardableResult
    mutating func addSickness(start: CalendarDay, end: CalendarDay?, _ plan: SicknessPlan) -> AbsenceRecord {
        let id = temporaryId("abs")
        let lastDay = end ?? today
        let length = start.days(to: lastDay) + 1
        let fitNoteAfter = policy.certification.fitNote?.requiredAfterCalendarDays ?? 7
        let selfFrom = policy.certification.selfCertificate?.fromCalendarDays ?? 4
        var certificate = CertificateKind.none
        var fitNoteFrom: CalendarDay?
        if plan.fitNoteFromFirstDay {
            certificate = .fitNote
            fitNoteFrom = start
        } else if length > fitNoteAfter {
            certificate = .fitNote
            fitNoteFrom = start.adding(days: fitNoteAfter)
        } else if length >= selfFrom, end != nil {
            certificate = .selfCertificate
        }
        let record = AbsenceRecord(
            id: id, type: .sickness, start: start, end: end, firstDayWorkedFraction: plan.firstDayWorked,
            related: plan.related, reason: plan.reason, certificate: certificate, fitNoteFrom: fitNoteFrom,
            hrDecision: plan.hrDecision)
        document.absences.append(record)
        occupy(start, lastDay)
        plans[id] = plan
        addCall(for: record, plan)
        addFitNotes(for: record, fromFirstDay: plan.fitNoteFromFirstDay)
        addContacts(for: record, notes: plan.contactNotes)
        return record
    }

    /// Records leave (or any absence other than sickness).
    @discardableResult
    mutating func addLeave(_ type: AbsenceType, start: CalendarDay, end: CalendarDay?, firstDayWorked: Double? = nil) -> AbsenceRecord {
        let record = AbsenceRecord(id: temporaryId("abs"), type: type, start: start, end: end, firstDayWorkedFraction: firstDayWorked)
        document.absences.append(record)
        occupy(start, end ?? today)
        return record
    }

    /// Leave of `workingDays` of the employee's working days from about `day`, if there is room.
    @discardableResult
    mutating func leave(_ type: AbsenceType, around day: CalendarDay, workingDays: Int, firstDayWorked: Double? = nil, search: Int = 21) -> AbsenceRecord? {
        guard let slot = leaveSlot(around: day, workingDays: workingDays, search: search) else { return nil }
        return addLeave(type, start: slot.start, end: slot.end, firstDayWorked: firstDayWorked)
    }

    // MARK: - What goes with a sickness absence

    mutating func addCall(for absence: AbsenceRecord, _ plan: SicknessPlan) {
        // Someone who went home ill told the manager in person: there is no first-day call.
        guard plan.firstDayWorked == nil else { return }
        var caller: String?
        let via: CallChannel
        let minute: Int
        switch plan.call {
        case .onTime:
            via = .phone
            minute = 7 * 60 + 15 + 5 * rng.int(in: 0...19)
        case .late:
            via = .phone
            minute = 10 * 60 + 40
        case .text:
            via = .text
            minute = 7 * 60 + 50
        case .proxy(let who):
            via = .proxy
            caller = who
            minute = 8 * 60 + 20
        }
        let received = LocalDateTime(day: absence.start, minuteOfDay: minute)
        let flags = NotificationCheck.flags(policy: policy, firstDay: absence.start, receivedAt: received,
                                            channel: via.rawValue, normalStart: DemoOrganisation.normalStartMinute)
        let expected: CalendarDay?
        if let end = absence.end {
            let length = absence.start.days(to: end) + 1
            expected = length <= 5 && rng.chance(0.7) ? calendar.nextWorkingDay(after: end) : nil
        } else {
            expected = calendar.adding(workingDays: 3, to: absence.start)
        }
        document.sicknessCalls.append(SicknessCall(
            id: temporaryId("call"), absenceId: absence.id, receivedAt: received, via: via, caller: caller,
            reason: absence.reason, note: plan.note, expectedReturn: expected, flags: flags))
    }

    mutating func addFitNotes(for absence: AbsenceRecord, fromFirstDay: Bool) {
        guard absence.certificate == .fitNote, let from = absence.fitNoteFrom else { return }
        if let end = absence.end {
            let received = min(fromFirstDay ? from.adding(days: 2) : from, end, today)
            document.fitNotes.append(FitNoteRecord(id: temporaryId("fitnote"), absenceId: absence.id, from: from, to: end, received: received))
            return
        }
        // Ongoing: two weeks, then four weeks at a time, the last one running past today.
        var first = from
        var weeks = 2
        while first <= today {
            let last = first.adding(days: weeks * 7 - 1)
            document.fitNotes.append(FitNoteRecord(id: temporaryId("fitnote"), absenceId: absence.id, from: first, to: last, received: first))
            first = last.next
            weeks = 4
        }
    }

    /// The employee's day-n contact and, in a long absence, the manager's keeping-in-touch calls.
    mutating func addContacts(for absence: AbsenceRecord, notes: [String]) {
        let lastDay = min(absence.end ?? today, today)
        let length = absence.start.days(to: lastDay) + 1
        let dayN = policy.contact.employeeContactOnCalendarDay ?? 8
        if length >= dayN {
            let on = organisationCalendar.nextWorkingDay(onOrAfter: absence.start.adding(days: dayN - 1))
            if on <= lastDay {
                document.contacts.append(ContactRecord(id: temporaryId("contact"), absenceId: absence.id, on: on, by: "employee", via: .phone,
                                                       note: "Rang as the policy asks; fit note on its way."))
            }
        }
        let every = min(14, policy.contact.atLeastEveryCalendarDays ?? 14)
        guard length > every else { return }
        var day = absence.start.adding(days: every - 1)
        var index = 0
        while day <= lastDay {
            let on = organisationCalendar.nextWorkingDay(onOrAfter: day)
            if on <= lastDay {
                let note = notes.isEmpty ? nil : notes[index % notes.count]
                document.contacts.append(ContactRecord(id: temporaryId("contact"), absenceId: absence.id, on: on, by: "manager", via: .phone, note: note))
                index += 1
            }
            day = day.adding(days: every)
        }
    }

    // MARK: - Meetings and stages

    /// Books a meeting of `kind` at the earliest time that passes every check of the policy
    /// (no earlier than `notBefore`), or returns nil when the policy has no such meeting or
    /// no time passes.
    @discardableResult
    mutating func schedule(kind: String, noticeGiven: LocalDateTime, delivery: NoticeDelivery, notBefore: CalendarDay? = nil,
                           facts: MeetingFacts = MeetingFacts(), duration: Int = 60, place: String? = nil) -> MeetingRecord? {
        guard policy.meeting(kind) != nil else { return nil }
        let scheduler = MeetingScheduler(policy: policy, calendar: organisationCalendar)
        var input = MeetingCheckInput(
            noticeGiven: noticeGiven, meeting: noticeGiven, delivery: delivery, returned: facts.returned,
            outcomeIssued: facts.outcomeIssued, outcomeReceived: facts.outcomeIssued, appealLodged: facts.appealLodged,
            absenceStart: facts.absenceStart, place: place ?? self.place)
        let firstWorkingDay = organisationCalendar.nextWorkingDay(after: noticeGiven.day)
        input.meeting = LocalDateTime(day: max(firstWorkingDay, notBefore ?? firstWorkingDay), minuteOfDay: 10 * 60)
        guard let report = try? scheduler.check(kind: kind, input), let earliest = report.earliestValid else { return nil }
        var candidates: [LocalDateTime] = []
        if let notBefore {
            let wanted = LocalDateTime(day: organisationCalendar.nextWorkingDay(onOrAfter: notBefore), minuteOfDay: 10 * 60)
            candidates.append(max(earliest, wanted))
        }
        candidates.append(earliest)
        for candidate in candidates where candidate > noticeGiven && calendar.isWorkingDay(candidate.day) {
            input.meeting = candidate
            guard let checked = try? scheduler.check(kind: kind, input), checked.ok else { continue }
            let meeting = MeetingRecord(id: temporaryId("meeting"), kind: kind, at: candidate, durationMinutes: duration,
                                        place: place ?? self.place, noticeGiven: noticeGiven, delivery: delivery)
            document.meetings.append(meeting)
            // No leave between the invitation and the meeting.
            occupy(noticeGiven.day, candidate.day)
            return meeting
        }
        return nil
    }

    /// Records a stage held after a return to work: the meeting (booked with valid notice),
    /// the warning with the Bradford score on the day and its review period, and an appeal.
    @discardableResult
    mutating func recordStage(_ stage: StageRule, index: Int, returned: CalendarDay, appeal: Bool) -> StageRecord? {
        let noticeDay = organisationCalendar.adding(workingDays: 2, to: returned)
        let noticeGiven = LocalDateTime(day: noticeDay, minuteOfDay: 10 * 60)
        let meeting = schedule(kind: stage.id, noticeGiven: noticeGiven, delivery: .hand, facts: MeetingFacts(returned: returned))
        let decided = meeting?.at.day ?? organisationCalendar.adding(workingDays: 5, to: noticeDay)
        guard decided < today else { return nil }
        let score = context.evaluator.evaluate(rulesRecord, asOf: decided).figures.bradford
        // A policy that sets no validity needs one entered with the warning (AMB-26).
        let validity: Period? = stage.warning?.validity == nil ? Period(6 + 3 * min(index, 2), .months) : nil
        let warning = WarningRecord(stage: stage.id, issued: decided, scoreAtIssue: score, validity: validity)
        let reviewEnd = stage.reviewPeriod.flatMap { ($0.maximum ?? $0.minimum)?.calendarEnd(from: decided) }
        var appealRecord: AppealRecord?
        if appeal {
            let lodged = organisationCalendar.adding(workingDays: 4, to: decided)
            let kind = ["\(stage.id)-appeal", "appeal"].first { policy.meeting($0) != nil }
            var heard = organisationCalendar.adding(workingDays: 10, to: lodged)
            if let kind {
                let notice = LocalDateTime(day: organisationCalendar.adding(workingDays: 1, to: lodged), minuteOfDay: 10 * 60)
                if let hearing = schedule(kind: kind, noticeGiven: notice, delivery: .email,
                                          notBefore: organisationCalendar.adding(workingDays: 7, to: lodged),
                                          facts: MeetingFacts(outcomeIssued: decided, appealLodged: lodged), duration: 90) {
                    heard = hearing.at.day
                }
            }
            if heard < today { appealRecord = AppealRecord(lodged: lodged, heard: heard, result: "dismissed") }
        }
        let record = StageRecord(id: temporaryId("stage"), stage: stage.id, decidedOn: decided, outcome: .warning,
                                 meetingId: meeting?.id, warning: warning, reviewPeriodEnd: reviewEnd, appeal: appealRecord)
        document.stages.append(record)
        return record
    }

    /// The last organisation working day before `day` that the employee works too.
    func lastWorkingDay(before day: CalendarDay) -> CalendarDay {
        var d = day.previous
        var steps = 0
        while !(organisationCalendar.isWorkingDay(d) && calendar.isWorkingDay(d)) && steps < 30 {
            d = d.previous
            steps += 1
        }
        return d
    }

    // MARK: - Background

    /// Short (and the odd longer) sickness absences in the older year, and when `recent`, at
    /// most two short ones (five days in all) in the last year, so no trigger is reached.
    mutating func addBackgroundSickness(recent: Bool) {
        for _ in 0..<rng.int(in: 0...3) {
            let daysAgo = rng.int(in: 390...725)
            let longer = rng.chance(0.15)
            let length = longer ? rng.int(in: 8...12) : rng.pick([1, 1, 1, 2, 2, 3, 3, 4, 5])
            placeBackgroundSpell(daysAgo: daysAgo, length: length, longer: longer)
        }
        guard recent else { return }
        var budget = 5
        for _ in 0..<rng.int(in: 0...2) {
            let length = min(budget, rng.pick([1, 1, 2, 2, 3]))
            guard length > 0 else { break }
            if placeBackgroundSpell(daysAgo: rng.int(in: 30...340), length: length, longer: false) { budget -= length }
        }
    }

    @discardableResult
    private mutating func placeBackgroundSpell(daysAgo: Int, length: Int, longer: Bool) -> Bool {
        let roll = rng.int(in: 0...9)
        let weekday: Weekday? = roll < 3 ? .monday : (roll < 5 ? .friday : nil)
        let reason = longer ? rng.pick(DemoText.longerReasons) : rng.pick(DemoText.shortReasons)
        let partDay: Double? = length == 1 && rng.chance(0.1) ? rng.pick([0.25, 0.6]) : nil
        return sickness(daysAgo: daysAgo, length: length, weekday: weekday,
                        SicknessPlan(reason, firstDayWorked: partDay, interviewMayBeMissing: true)) != nil
    }

    /// Annual leave in each year: a spring week, a summer block, a few days at Christmas and odd days.
    mutating func addAnnualLeave() {
        for year in earliest.year...today.year {
            func day(_ month: Int, _ dayOfMonth: Int) -> CalendarDay? { CalendarDay(year: year, month: month, day: dayOfMonth) }
            if let spring = day(4, rng.int(in: 1...20)) { leave(.annualLeave, around: spring, workingDays: rng.pick([3, 5])) }
            if let summer = day(rng.pick([7, 8]), rng.int(in: 1...20)) { leave(.annualLeave, around: summer, workingDays: rng.pick([5, 10, 10])) }
            if rng.chance(0.7), let christmas = day(12, rng.int(in: 18...23)) {
                leave(.annualLeave, around: christmas, workingDays: rng.int(in: 2...5), search: 4)
            }
            for _ in 0..<rng.int(in: 1...3) {
                if let odd = day(rng.int(in: 1...12), rng.int(in: 1...28)) { leave(.annualLeave, around: odd, workingDays: rng.pick([1, 1, 2])) }
            }
        }
    }

    // MARK: - Finishing

    /// Adds the return-to-work interviews, then gives every record an id in date order.
    mutating func finish() -> EmployeeDocument {
        addInterviews()
        renumber()
        return document
    }

    /// A return-to-work interview for each closed sickness absence the policy needs one for,
    /// held on the first working day back, with the script the rules build for it that day.
    private mutating func addInterviews() {
        let planner = DutyPlanner(policy: policy, employeeCalendar: calendar, organisationCalendar: organisationCalendar)
        let record = rulesRecord
        for absence in document.absences where absence.type == .sickness {
            guard let end = absence.end, let plan = plans[absence.id] else { continue }
            if case .none = plan.interview { continue }
            let heldOn = calendar.nextWorkingDay(after: end)
            guard heldOn <= today else { continue }
            if plan.interviewMayBeMissing, heldOn < today.adding(days: -180), rng.chance(0.1) { continue }
            let evaluation = context.evaluator.evaluate(record, asOf: heldOn)
            let spell = evaluation.figures.spells.first { $0.recordIds.contains(absence.id) }
            let duties = spell.map { planner.duties(spell: $0, records: [absence], leave: record.absences.filter { $0.type == .annualLeave },
                                                    facts: AbsenceFacts(), asOf: heldOn) } ?? []
            // The policy may not need one after a spell that does not count; the demo's managers
            // hold one anyway when the absence has a related category, to classify it.
            guard duties.contains(where: { $0.id == "rtw-interview" }) || absence.related != nil else { continue }
            let prompts = RTWScriptBuilder.script(policy: policy, spell: spell, records: [absence], evaluation: evaluation, duties: duties)
            let draft: Bool
            if case .draft = plan.interview { draft = true } else { draft = false }
            let answered = draft ? Array(prompts.prefix(3)) : prompts
            var answers: [String: String] = [:]
            for prompt in answered {
                answers[prompt.id] = DemoText.answer(prompt: prompt, absence: absence, evaluation: evaluation, policy: policy)
            }
            document.interviews.append(RTWInterview(
                id: temporaryId("rtw"), absenceId: absence.id, heldOn: heldOn, status: draft ? .draft : .signedOff,
                answers: answers, agreedActions: draft ? [] : DemoText.actions(prompts: prompts, evaluation: evaluation),
                signedOffBy: draft ? nil : managerName, signedOffOn: draft ? nil : heldOn))
        }
    }

    /// Sorts every list by date and numbers the ids from 1, keeping the cross-references.
    private mutating func renumber() {
        var absenceIds: [String: String] = [:]
        document.absences = document.absences.sorted { ($0.start, $0.type.rawValue) < ($1.start, $1.type.rawValue) }
            .enumerated().map { offset, a in
                let id = "abs-\(offset + 1)"
                absenceIds[a.id] = id
                return AbsenceRecord(id: id, type: a.type, start: a.start, end: a.end, firstDayWorkedFraction: a.firstDayWorkedFraction,
                                     lastDayWorkedFraction: a.lastDayWorkedFraction, related: a.related, reason: a.reason,
                                     certificate: a.certificate, fitNoteFrom: a.fitNoteFrom, hrDecision: a.hrDecision)
            }
        func absence(_ id: String) -> String { absenceIds[id] ?? id }
        document.sicknessCalls = document.sicknessCalls.sorted { $0.receivedAt < $1.receivedAt }.enumerated().map { offset, c in
            SicknessCall(id: "call-\(offset + 1)", absenceId: absence(c.absenceId), receivedAt: c.receivedAt, via: c.via,
                         caller: c.caller, reason: c.reason, note: c.note, expectedReturn: c.expectedReturn, flags: c.flags)
        }
        document.contacts = document.contacts.sorted { ($0.on, $0.by) < ($1.on, $1.by) }.enumerated().map { offset, c in
            ContactRecord(id: "contact-\(offset + 1)", absenceId: c.absenceId.map(absence), on: c.on, by: c.by, via: c.via, note: c.note)
        }
        document.fitNotes = document.fitNotes.sorted { $0.from < $1.from }.enumerated().map { offset, f in
            FitNoteRecord(id: "fitnote-\(offset + 1)", absenceId: absence(f.absenceId), from: f.from, to: f.to, received: f.received,
                          mayBeFit: f.mayBeFit, adjustments: f.adjustments)
        }
        document.interviews = document.interviews.sorted { $0.heldOn < $1.heldOn }.enumerated().map { offset, i in
            RTWInterview(id: "rtw-\(offset + 1)", absenceId: absence(i.absenceId), heldOn: i.heldOn, status: i.status,
                         answers: i.answers, agreedActions: i.agreedActions, signedOffBy: i.signedOffBy, signedOffOn: i.signedOffOn)
        }
        var meetingIds: [String: String] = [:]
        document.meetings = document.meetings.sorted { $0.at < $1.at }.enumerated().map { offset, m in
            let id = "meeting-\(offset + 1)"
            meetingIds[m.id] = id
            return MeetingRecord(id: id, kind: m.kind, at: m.at, durationMinutes: m.durationMinutes, place: m.place,
                                 noticeGiven: m.noticeGiven, delivery: m.delivery, overrideReason: m.overrideReason,
                                 sequence: m.sequence, cancelled: m.cancelled)
        }
        document.stages = document.stages.sorted { $0.decidedOn < $1.decidedOn }.enumerated().map { offset, s in
            StageRecord(id: "stage-\(offset + 1)", stage: s.stage, decidedOn: s.decidedOn, outcome: s.outcome,
                        meetingId: s.meetingId.map { meetingIds[$0] ?? $0 }, warning: s.warning,
                        reviewPeriodEnd: s.reviewPeriodEnd, appeal: s.appeal)
        }
    }
}

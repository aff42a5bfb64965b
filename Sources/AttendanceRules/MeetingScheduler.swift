/// Runs a policy's scheduling checks for a meeting kind against the organisation calendar
/// (Monday to Friday less the nation's bank holidays, AMB-01).
///
/// Conventions: "N working days' notice" is N clear organisation working days strictly between
/// the day notice is received and the meeting day; "within N working days of" an anchor counts
/// the anchor as day 0; notice in hours is elapsed clock time in UK local time (AMB-09).
public struct MeetingScheduler: Sendable {
    public let policy: PolicyProfile
    public let calendar: WorkingCalendar

    public init(policy: PolicyProfile, calendar: WorkingCalendar) {
        self.policy = policy
        self.calendar = calendar
    }

    /// When a notice given at `given` by `delivery` counts as received (deemed-receipt rules of
    /// the profile, AMB-13): later deliveries land at the start of the meeting day.
    public func received(_ given: LocalDateTime, by delivery: NoticeDelivery) -> LocalDateTime {
        let rules = policy.noticeDelivery
        let rule: NoticeDeliveryRule
        switch delivery {
        case .hand: rule = rules.hand
        case .email: rule = rules.email
        case .post: rule = rules.post
        }
        let dayStart = PolicyLoader.minuteOfDay(rules.meetingDayStart) ?? 540
        var day = given.day
        var sameMoment = rule.addWorkingDays == 0
        if let cut = rule.cutOff.flatMap(PolicyLoader.minuteOfDay),
           !calendar.isWorkingDay(given.day) || given.minuteOfDay >= cut {
            day = calendar.nextWorkingDay(after: given.day)
            sameMoment = false
        }
        if rule.addWorkingDays > 0 { day = calendar.adding(workingDays: rule.addWorkingDays, to: day) }
        return sameMoment ? given : LocalDateTime(day: day, minuteOfDay: dayStart)
    }

    /// Runs every check of `kind`; throws when the kind is unknown for the policy or the
    /// meeting is before the notice.
    ///
    /// Every kind also checks that the meeting is on a working day of the organisation in the
    /// person's nation, within the profile's meeting hours (an attend default, D-7, D-60).
    /// `earliestValid` is the first time that passes every check depending on the meeting's
    /// time (D-61), so it is never after a meeting that passes them all.
    public func check(kind: String, _ input: MeetingCheckInput) throws(MeetingCheckError) -> MeetingCheckReport {
        guard let meetingRule = policy.meeting(kind) else {
            throw MeetingCheckError(message: "meeting kind '\(kind)' is not one policy \(policy.id) has; expected one of \(policy.meetings.map(\.kind).joined(separator: ", "))")
        }
        guard input.meeting > input.noticeGiven else {
            throw MeetingCheckError(message: "--meeting \(input.meeting.iso) is not after --notice-given \(input.noticeGiven.iso); the notice must come before the meeting")
        }
        let rules = policy.noticeDelivery
        let received = received(input.noticeGiven, by: input.delivery)
        var results: [MeetingCheckResult] = []
        var skipped: [SkippedMeetingCheck] = []
        for check in meetingRule.checks {
            switch outcome(of: check, input, meeting: input.meeting, received: received) {
            case .skipped(let needs):
                skipped.append(SkippedMeetingCheck(id: check.id, rule: check.rule, source: check.source, needs: needs))
            case .checked(let ok, let required, let actual, _):
                results.append(MeetingCheckResult(id: check.id, rule: check.rule, source: check.source, strength: check.strength,
                                                  ok: ok, required: required, actual: actual))
            }
        }
        let hours = meetingHoursOutcome(at: input.meeting)
        results.append(MeetingCheckResult(id: "meeting-hours", rule: "The meeting is held on a working day of the organisation, within meeting hours",
                                          source: meetingHoursSource, strength: "must", ok: hours.ok, required: hours.required, actual: hours.actual))
        let deliveryRule: String
        switch input.delivery {
        case .hand: deliveryRule = rules.hand.source
        case .email: deliveryRule = rules.email.source
        case .post: deliveryRule = rules.post.source
        }
        return MeetingCheckReport(policyId: policy.id, kind: kind, meetingName: meetingRule.name, noticeReceived: received,
                                  deliveryRule: deliveryRule, checks: results, skipped: skipped,
                                  earliestValid: earliestValid(meetingRule, input, received: received),
                                  accompaniment: meetingRule.accompaniment)
    }

    /// What one check says of a meeting at `meeting`: skipped for want of a fact, or its verdict,
    /// with whether the verdict depends on the meeting's time (what `earliestValid` searches over).
    enum Outcome {
        case skipped(needs: String)
        case checked(ok: Bool, required: String, actual: String, dependsOnMeeting: Bool)
    }

    var meetingDayStart: Int { PolicyLoader.minuteOfDay(policy.noticeDelivery.meetingDayStart) ?? 540 }
    var meetingDayEnd: Int { PolicyLoader.minuteOfDay(policy.noticeDelivery.meetingDayEnd) ?? 960 }
    var meetingHoursSource: String {
        "attend default (D-7, D-60): meeting hours \(policy.noticeDelivery.meetingDayStart)–\(policy.noticeDelivery.meetingDayEnd) from the profile; working days Monday to Friday less the bank holidays of the person's nation (AMB-01)"
    }

    /// The meeting starts on an organisation working day, between the start and end of meeting hours.
    func meetingHoursOutcome(at meeting: LocalDateTime) -> (ok: Bool, required: String, actual: String) {
        let rules = policy.noticeDelivery
        let working = calendar.isWorkingDay(meeting.day)
        let inHours = meeting.minuteOfDay >= meetingDayStart && meeting.minuteOfDay <= meetingDayEnd
        let what: String
        if !working {
            what = calendar.isBankHoliday(meeting.day) ? "a bank holiday" : "not a working day"
        } else {
            what = inHours ? "a working day, in meeting hours" : "outside meeting hours"
        }
        return (working && inHours,
                "a working day (Monday to Friday, not a bank holiday) starting between \(rules.meetingDayStart) and \(rules.meetingDayEnd)",
                "\(meeting.day.weekday.name) \(meeting.ukDisplay): \(what)")
    }

    /// One check's verdict on a meeting at `meeting`.
    func outcome(of check: MeetingCheckRule, _ input: MeetingCheckInput, meeting: LocalDateTime, received: LocalDateTime) -> Outcome {
        let n = check.amount ?? 0
        let meetingDay = meeting.day
        switch check.type {
        case .noticeHours:
            let minutes = UKClock.elapsedMinutes(from: received, to: meeting)
            let need = UKClock.adding(minutes: n * 60, to: received)
            return .checked(ok: minutes >= n * 60, required: "meeting at or after \(need.ukDisplay) (\(Plural.of(n, "hour")) after notice received \(received.ukDisplay))",
                            actual: "\(hoursText(minutes)) of notice", dependsOnMeeting: true)
        case .noticeClearWorkingDays:
            let clear = calendar.clearWorkingDays(between: received.day, and: meetingDay)
            let first = calendar.earliestDayAfterClearWorkingDays(n, from: received.day)
            return .checked(ok: clear >= n, required: "at least \(Plural.of(n, "clear working day")) between \(received.day.ukDisplay) and the meeting: meeting on or after \(first.ukDisplay)",
                            actual: "\(clear) clear working day\(clear == 1 ? "" : "s")", dependsOnMeeting: true)
        case .meetingAfterWorkingDaysFromNotice:
            let due = calendar.adding(workingDays: n, to: received.day)
            return .checked(ok: meetingDay > due, required: "meeting after \(due.ukDisplay), the end of \(Plural.of(n, "working day")) from \(received.day.ukDisplay)",
                            actual: "meeting on \(meetingDay.ukDisplay)", dependsOnMeeting: true)
        case .noticeWithinWorkingDaysOfReturn:
            guard let returned = input.returned else { return .skipped(needs: "--returned") }
            let limit = calendar.adding(workingDays: n, to: returned)
            return .checked(ok: input.noticeGiven.day <= limit, required: "notice issued by \(limit.ukDisplay) (\(Plural.of(n, "working day")) from the return on \(returned.ukDisplay))",
                            actual: "notice issued \(input.noticeGiven.day.ukDisplay)", dependsOnMeeting: false)
        case .meetingWithinWorkingDaysOfReturn:
            guard let returned = input.returned else { return .skipped(needs: "--returned") }
            let limit = calendar.adding(workingDays: n, to: returned)
            return .checked(ok: meetingDay >= returned && meetingDay <= limit, required: "meeting from \(returned.ukDisplay) to \(limit.ukDisplay) (within \(Plural.of(n, "working day")) of the return)",
                            actual: "meeting on \(meetingDay.ukDisplay)", dependsOnMeeting: true)
        case .meetingOnReturnDay:
            guard let returned = input.returned else { return .skipped(needs: "--returned") }
            let firstDay = calendar.nextWorkingDay(onOrAfter: returned)
            return .checked(ok: meetingDay == firstDay, required: "meeting on the first day back, \(firstDay.ukDisplay)",
                            actual: "meeting on \(meetingDay.ukDisplay)", dependsOnMeeting: true)
        case .papersWorkingDaysBefore:
            guard let papers = input.papersSent else { return .skipped(needs: "--papers-sent") }
            let latest = calendar.adding(workingDays: -n, to: meetingDay)
            return .checked(ok: papers <= latest, required: "papers sent by \(latest.ukDisplay) (\(Plural.of(n, "working day")) before the meeting)",
                            actual: "papers sent \(papers.ukDisplay)", dependsOnMeeting: true)
        case .appealWithinWorkingDaysOfOutcomeReceived, .appealWithinWorkingDaysOfOutcomeIssued:
            let byReceipt = check.type == .appealWithinWorkingDaysOfOutcomeReceived
            guard let anchor = byReceipt ? input.outcomeReceived : input.outcomeIssued else {
                return .skipped(needs: byReceipt ? "--outcome-received" : "--outcome-issued")
            }
            guard let lodged = input.appealLodged else { return .skipped(needs: "--appeal-lodged") }
            let limit = calendar.adding(workingDays: n, to: anchor)
            return .checked(ok: lodged <= limit && lodged >= anchor, required: "appeal lodged by \(limit.ukDisplay) (\(Plural.of(n, "working day")) from the outcome \(byReceipt ? "received" : "issued") on \(anchor.ukDisplay))",
                            actual: "appeal lodged \(lodged.ukDisplay)", dependsOnMeeting: false)
        case .outcomeWithinWorkingDaysOfMeeting:
            guard let sent = input.outcomeSent else { return .skipped(needs: "--outcome-sent") }
            let limit = calendar.adding(workingDays: n, to: meetingDay)
            return .checked(ok: sent >= meetingDay && sent <= limit, required: "outcome letter sent by \(limit.ukDisplay) (\(Plural.of(n, "working day")) after the meeting)",
                            actual: "sent \(sent.ukDisplay)", dependsOnMeeting: true)
        case .rescheduledWithinWorkingDays:
            guard let original = input.originalMeeting else { return .skipped(needs: "--original-meeting") }
            let limit = calendar.adding(workingDays: n, to: original)
            return .checked(ok: meetingDay <= limit, required: "rearranged meeting by \(limit.ukDisplay) (\(Plural.of(n, "working day")) from the original date \(original.ukDisplay))",
                            actual: "meeting on \(meetingDay.ukDisplay)", dependsOnMeeting: true)
        case .meetingWithinMonthsOfAbsenceStart:
            guard let start = input.absenceStart else { return .skipped(needs: "--absence-start") }
            let limit = start.adding(months: n).previous
            return .checked(ok: meetingDay <= limit, required: "meeting by \(limit.ukDisplay) (within \(Plural.of(n, "month")) of the absence starting \(start.ukDisplay))",
                            actual: "meeting on \(meetingDay.ukDisplay)", dependsOnMeeting: true)
        case .placeGiven:
            guard let place = input.place else { return .skipped(needs: "--place") }
            let given = Self.isSpecificPlace(place)
            return .checked(ok: given, required: "a specific place for the meeting",
                            actual: given ? "place: \(place)" : "no specific place (\(place.isEmpty ? "blank" : "“\(place)”"))", dependsOnMeeting: false)
        }
    }

    /// Whether `place` names somewhere: not blank and not a placeholder such as "TBC" or
    /// "To be confirmed" ("giving a specific time and place" NUL16 s21.2.1 [002:1270]).
    public static func isSpecificPlace(_ place: String) -> Bool {
        let words = place.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
            .split(separator: " ").joined(separator: " ")
        let placeholders: Set<String> = ["", "tbc", "tba", "tbd", "to be confirmed", "to be arranged", "to be advised",
                                         "to be decided", "to be agreed", "unknown", "none", "n a", "na"]
        return !placeholders.contains(words)
    }

    /// How far ahead `earliestValid` looks for a time: a year and a month covers every
    /// notice period, window and appeal deadline of the profiles (a search bound, not a rule).
    static let searchDays = 400

    /// The first meeting time, on or after the notice is received, that passes every check
    /// whose verdict depends on the meeting's time; nil when none does within the search.
    func earliestValid(_ rule: MeetingRule, _ input: MeetingCheckInput, received: LocalDateTime) -> LocalDateTime? {
        let timeChecks = rule.checks.filter {
            if case .checked(_, _, _, true) = outcome(of: $0, input, meeting: input.meeting, received: received) { return true }
            return false
        }
        let needHours = rule.checks.filter { $0.type == .noticeHours }.map { UKClock.adding(minutes: ($0.amount ?? 0) * 60, to: received) }
        func passes(_ time: LocalDateTime) -> Bool {
            guard time > input.noticeGiven, time >= received, meetingHoursOutcome(at: time).ok else { return false }
            return timeChecks.allSatisfy {
                if case .checked(true, _, _, _) = outcome(of: $0, input, meeting: time, received: received) { return true }
                return false
            }
        }
        var day = received.day
        for _ in 0..<Self.searchDays {
            if calendar.isWorkingDay(day) {
                var minutes = [meetingDayStart]
                if day == received.day { minutes.append(received.minuteOfDay) }
                if day == input.meeting.day { minutes.append(input.meeting.minuteOfDay) }
                minutes += needHours.filter { $0.day == day }.map(\.minuteOfDay)
                for minute in Set(minutes).sorted() {
                    let time = LocalDateTime(day: day, minuteOfDay: minute)
                    if passes(time) { return time }
                }
            }
            day = day.next
        }
        return nil
    }

    func hoursText(_ minutes: Int) -> String {
        let h = minutes / 60, m = abs(minutes % 60)
        return m == 0 ? Plural.of(h, "hour") : "\(Plural.of(h, "hour")) \(Plural.of(m, "minute"))"
    }
}

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
    public func check(kind: String, _ input: MeetingCheckInput) throws(MeetingCheckError) -> MeetingCheckReport {
        guard let meetingRule = policy.meeting(kind) else {
            throw MeetingCheckError(message: "meeting kind '\(kind)' is not one policy \(policy.id) has; expected one of \(policy.meetings.map(\.kind).joined(separator: ", "))")
        }
        guard input.meeting > input.noticeGiven else {
            throw MeetingCheckError(message: "--meeting \(input.meeting.iso) is not after --notice-given \(input.noticeGiven.iso); the notice must come before the meeting")
        }
        let rules = policy.noticeDelivery
        let dayStart = PolicyLoader.minuteOfDay(rules.meetingDayStart) ?? 540
        let dayEnd = PolicyLoader.minuteOfDay(rules.meetingDayEnd) ?? 960
        let received = received(input.noticeGiven, by: input.delivery)
        let meetingDay = input.meeting.day
        var results: [MeetingCheckResult] = []
        var skipped: [SkippedMeetingCheck] = []
        var earliest = received
        var latestDay: CalendarDay?

        for check in meetingRule.checks {
            let n = check.amount ?? 0
            func pass(_ ok: Bool, _ required: String, _ actual: String) {
                results.append(MeetingCheckResult(id: check.id, rule: check.rule, source: check.source, strength: check.strength,
                                                  ok: ok, required: required, actual: actual))
            }
            func skip(_ needs: String) {
                skipped.append(SkippedMeetingCheck(id: check.id, rule: check.rule, source: check.source, needs: needs))
            }
            switch check.type {
            case .noticeHours:
                let minutes = UKClock.elapsedMinutes(from: received, to: input.meeting)
                let need = UKClock.adding(minutes: n * 60, to: received)
                earliest = max(earliest, need)
                pass(minutes >= n * 60, "meeting at or after \(need.iso) (\(n) hours after notice received \(received.iso))",
                     "\(hoursText(minutes)) of notice")
            case .noticeClearWorkingDays:
                let clear = calendar.clearWorkingDays(between: received.day, and: meetingDay)
                let first = calendar.earliestDayAfterClearWorkingDays(n, from: received.day)
                earliest = max(earliest, LocalDateTime(day: first, minuteOfDay: dayStart))
                pass(clear >= n, "at least \(n) clear working days between \(received.day.iso) and the meeting: meeting on or after \(first.iso)",
                     "\(clear) clear working day\(clear == 1 ? "" : "s")")
            case .meetingAfterWorkingDaysFromNotice:
                let due = calendar.adding(workingDays: n, to: received.day)
                earliest = max(earliest, LocalDateTime(day: calendar.nextWorkingDay(after: due), minuteOfDay: dayStart))
                pass(meetingDay > due, "meeting after \(due.iso), the end of \(n) working days from \(received.day.iso)", "meeting on \(meetingDay.iso)")
            case .noticeWithinWorkingDaysOfReturn:
                guard let returned = input.returned else { skip("--returned"); continue }
                let limit = calendar.adding(workingDays: n, to: returned)
                pass(input.noticeGiven.day <= limit, "notice issued by \(limit.iso) (\(n) working days from the return on \(returned.iso))",
                     "notice issued \(input.noticeGiven.day.iso)")
            case .meetingWithinWorkingDaysOfReturn:
                guard let returned = input.returned else { skip("--returned"); continue }
                let limit = calendar.adding(workingDays: n, to: returned)
                latestDay = min(latestDay ?? limit, limit)
                earliest = max(earliest, LocalDateTime(day: returned, minuteOfDay: dayStart))
                pass(meetingDay >= returned && meetingDay <= limit, "meeting from \(returned.iso) to \(limit.iso) (within \(n) working days of the return)",
                     "meeting on \(meetingDay.iso)")
            case .meetingOnReturnDay:
                guard let returned = input.returned else { skip("--returned"); continue }
                let firstDay = calendar.nextWorkingDay(onOrAfter: returned)
                pass(meetingDay == firstDay, "meeting on the first day back, \(firstDay.iso)", "meeting on \(meetingDay.iso)")
            case .papersWorkingDaysBefore:
                guard let papers = input.papersSent else { skip("--papers-sent"); continue }
                let latest = calendar.adding(workingDays: -n, to: meetingDay)
                earliest = max(earliest, LocalDateTime(day: calendar.adding(workingDays: n, to: papers), minuteOfDay: dayStart))
                pass(papers <= latest, "papers sent by \(latest.iso) (\(n) working days before the meeting)", "papers sent \(papers.iso)")
            case .appealWithinWorkingDaysOfOutcomeReceived, .appealWithinWorkingDaysOfOutcomeIssued:
                let received = check.type == .appealWithinWorkingDaysOfOutcomeReceived
                guard let anchor = received ? input.outcomeReceived : input.outcomeIssued else {
                    skip(received ? "--outcome-received" : "--outcome-issued"); continue
                }
                guard let lodged = input.appealLodged else { skip("--appeal-lodged"); continue }
                let limit = calendar.adding(workingDays: n, to: anchor)
                pass(lodged <= limit && lodged >= anchor, "appeal lodged by \(limit.iso) (\(n) working days from the outcome \(received ? "received" : "issued") on \(anchor.iso))",
                     "appeal lodged \(lodged.iso)")
            case .outcomeWithinWorkingDaysOfMeeting:
                guard let sent = input.outcomeSent else { skip("--outcome-sent"); continue }
                let limit = calendar.adding(workingDays: n, to: meetingDay)
                pass(sent >= meetingDay && sent <= limit, "outcome letter sent by \(limit.iso) (\(n) working days after the meeting)", "sent \(sent.iso)")
            case .rescheduledWithinWorkingDays:
                guard let original = input.originalMeeting else { skip("--original-meeting"); continue }
                let limit = calendar.adding(workingDays: n, to: original)
                latestDay = min(latestDay ?? limit, limit)
                pass(meetingDay <= limit, "rearranged meeting by \(limit.iso) (\(n) working days from the original date \(original.iso))",
                     "meeting on \(meetingDay.iso)")
            case .meetingWithinMonthsOfAbsenceStart:
                guard let start = input.absenceStart else { skip("--absence-start"); continue }
                let limit = start.adding(months: n).previous
                latestDay = min(latestDay ?? limit, limit)
                pass(meetingDay <= limit, "meeting by \(limit.iso) (within \(n) months of the absence starting \(start.iso))", "meeting on \(meetingDay.iso)")
            }
        }

        // Move the earliest time into meeting hours on an organisation working day.
        var suggestion = earliest
        if !calendar.isWorkingDay(suggestion.day) || suggestion.minuteOfDay > dayEnd {
            suggestion = LocalDateTime(day: calendar.nextWorkingDay(after: suggestion.day), minuteOfDay: dayStart)
        } else if suggestion.minuteOfDay < dayStart {
            suggestion = LocalDateTime(day: suggestion.day, minuteOfDay: dayStart)
        }
        if !calendar.isWorkingDay(suggestion.day) {
            suggestion = LocalDateTime(day: calendar.nextWorkingDay(after: suggestion.day), minuteOfDay: dayStart)
        }
        let earliestValid = latestDay.map { suggestion.day <= $0 } ?? true ? suggestion : nil
        let deliveryRule: String
        switch input.delivery {
        case .hand: deliveryRule = rules.hand.source
        case .email: deliveryRule = rules.email.source
        case .post: deliveryRule = rules.post.source
        }
        return MeetingCheckReport(policyId: policy.id, kind: kind, meetingName: meetingRule.name, noticeReceived: received,
                                  deliveryRule: deliveryRule, checks: results, skipped: skipped,
                                  earliestValid: earliestValid, accompaniment: meetingRule.accompaniment)
    }

    func hoursText(_ minutes: Int) -> String {
        let h = minutes / 60, m = abs(minutes % 60)
        return m == 0 ? "\(h) hours" : "\(h) hours \(m) minutes"
    }
}

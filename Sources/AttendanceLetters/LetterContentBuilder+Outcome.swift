import AttendanceRules
import AttendanceStore

extension LetterContentBuilder {
    func stageName(_ stage: StageRecord) -> String { policy.stage(stage.stage)?.name ?? stage.stage }

    var listedOutcomes: String {
        let listed = employee.stages.map { "\($0.id) (\(stageName($0)), \($0.decidedOn.ukDisplay)\($0.appeal == nil ? "" : ", appealed"))" }
        return listed.isEmpty ? "none recorded" : listed.joined(separator: ", ")
    }

    /// The stage outcome `--outcome` names; for an appeal letter, one with an appeal recorded.
    mutating func chosenOutcome(needsAppeal: Bool) throws(LetterRequestProblem) -> StageRecord {
        guard let id = request.outcomeId else {
            throw LetterRequestProblem("--outcome is needed for \(request.kind.rawValue) letters; \(employee.name)'s stage outcomes: \(listedOutcomes)")
        }
        guard let stage = employee.stages.first(where: { $0.id == id }) else {
            throw LetterRequestProblem("no stage outcome \(TextRules.quoted(id)) for \(employee.id); \(employee.name)'s stage outcomes: \(listedOutcomes)")
        }
        if needsAppeal, stage.appeal == nil {
            throw LetterRequestProblem("no appeal is recorded against outcome \(id); record it first (attend stage edit --employee \(employee.id) --outcome \(id) --appeal-lodged DATE --reason …)")
        }
        if request.date < stage.decidedOn {
            throw LetterRequestProblem("the letter's date, \(request.date.ukDisplay), is before the outcome was decided on \(stage.decidedOn.ukDisplay)")
        }
        if needsAppeal, let lodged = stage.appeal?.lodged, request.date < lodged, request.kind != .appealInvitation {
            throw LetterRequestProblem("the letter's date, \(request.date.ukDisplay), is before the appeal was lodged on \(lodged.ukDisplay)")
        }
        outcomeId = stage.id
        return stage
    }

    /// The outcome an appeal hearing is about: `--outcome` when given, else the latest outcome
    /// with an appeal lodged on or before the hearing and no result yet.
    mutating func appealedOutcome(for meeting: MeetingRecord) throws(LetterRequestProblem) -> StageRecord {
        if request.outcomeId != nil { return try chosenOutcome(needsAppeal: true) }
        let pending = employee.stages.filter { stage in
            guard let appeal = stage.appeal else { return false }
            return appeal.result == nil && appeal.lodged <= meeting.at.day
        }
        guard let stage = pending.max(by: { $0.decidedOn < $1.decidedOn }) else {
            throw LetterRequestProblem("no appeal awaiting a hearing is recorded for \(employee.name); record the appeal on the outcome first, or name it with --outcome (stage outcomes: \(listedOutcomes))")
        }
        outcomeId = stage.id
        return stage
    }

    /// The day the person is taken to receive this letter, from how it is delivered (the
    /// profile's deemed-receipt rules, AMB-13).
    var receivedOn: CalendarDay {
        MeetingScheduler(policy: policy, calendar: request.calendar)
            .received(LocalDateTime(day: request.date, minuteOfDay: 12 * 60), by: request.delivery).day
    }

    /// The outcome's facts: what was decided, the warning and when it lapses (NUL16 s21.2.1
    /// [002:1280], s21.3 [002:1337], [002:1399]; NOTTS [001:40-41]), the review period, and the
    /// right of appeal with its last day counted in working days for the person's nation.
    mutating func outcomeFields(_ stage: StageRecord, forAppeal: Bool = false) -> [String: Any] {
        let rule = policy.stage(stage.stage)
        if !forAppeal {
            checklist.append(LetterChecklistItem(passed: nil, text: "Outcome of the \(stageName(stage)) as recorded on \(LetterDates.long(stage.decidedOn)): \(stage.outcome.rawValue)", source: rule?.source ?? policy.citationKey))
        }
        var out: [String: Any] = [
            "stage": stageName(stage),
            "decidedOn": LetterDates.long(stage.decidedOn),
            "isWarning": stage.outcome == .warning,
            "isNoWarning": stage.outcome == .noWarning,
            "isNoFurtherAction": stage.outcome == .noFurtherAction,
            "isExtendReview": stage.outcome == .extendReview,
            "isDismissal": stage.outcome == .dismissal,
            "isRedeployment": stage.outcome == .redeployment,
        ]
        if let meeting = employee.meetings.first(where: { $0.id == stage.meetingId }) {
            out["meetingDate"] = LetterDates.long(meeting.at.day)
            if !forAppeal { checkOutcomeSentInTime(meeting) }
        }
        if let warning = stage.warning {
            var w: [String: Any] = ["name": rule?.warning?.name ?? "warning", "issued": LetterDates.long(warning.issued)]
            if let period = warning.validity ?? rule?.warning?.validity {
                w["validity"] = period.text
            }
            if let lapse = warning.lapseDate(under: policy) {
                w["lapses"] = LetterDates.long(lapse)
                if !forAppeal, lapse <= request.date {
                    checklist.append(LetterChecklistItem(passed: false, text: "The warning lapsed on \(LetterDates.long(lapse)), before this letter's date", source: rule?.warning?.source ?? policy.citationKey))
                }
                if !forAppeal {
                    checklist.append(LetterChecklistItem(passed: nil, text: "The warning stays live until \(LetterDates.long(lapse.previous)) and lapses on \(LetterDates.long(lapse))\(warning.validity == nil ? " (the policy's validity)" : " (the validity recorded with it)")",
                                                         source: rule?.warning?.source ?? policy.citationKey))
                }
            } else {
                checklist.append(LetterChecklistItem(passed: false, text: "The policy gives no validity for this warning and none is recorded: the letter cannot say when it lapses; record one (attend stage edit --warning-validity)", source: rule?.warning?.source ?? "AMB-26"))
            }
            out["warning"] = w
        }
        if let ends = stage.reviewPeriodEnd {
            var r: [String: Any] = ["ends": LetterDates.long(ends)]
            if let letter = rule?.outcomeLetter {
                r["expected"] = letter.expected
                if let next = letter.next { r["next"] = next.prefix(1).uppercased() + next.dropFirst() }
            }
            out["review"] = r
            if !forAppeal, ends < request.date {
                checklist.append(LetterChecklistItem(passed: false, text: "The review period ended on \(LetterDates.long(ends)), before this letter's date", source: rule?.reviewPeriod?.source ?? policy.citationKey))
            }
            if !forAppeal, let period = rule?.reviewPeriod { checkReviewPeriod(stage, ends: ends, period) }
        }
        if let appeal = appealRight(stage), stage.outcome == .warning || stage.outcome == .dismissal {
            out["appeal"] = appeal
        } else if !forAppeal, stage.outcome == .warning || stage.outcome == .dismissal {
            checklist.append(LetterChecklistItem(passed: nil, text: "The policy states no appeal against a \(stageName(stage)) outcome, so the letter gives no appeal deadline", source: "AMB-15"))
        }
        return out
    }

    /// The appeal right's fields and the checklist line that shows how its deadline was counted.
    mutating func appealRight(_ stage: StageRecord) -> [String: Any]? {
        guard let rule = policy.stage(stage.stage)?.appeal else { return nil }
        let issued = stage.warning?.issued ?? stage.decidedOn
        guard let deadline = AppealDeadline(policy: policy, stage: stage.stage, issued: issued, received: max(receivedOn, issued), calendar: request.calendar) else { return nil }
        var out: [String: Any] = [
            "deadline": LetterDates.withWeekday(deadline.lastDay),
            "workingDays": Plural.of(deadline.workingDays, "working day"),
            "fromReceipt": deadline.fromReceipt,
            "anchor": LetterDates.long(deadline.anchor),
            "to": rule.to,
            "how": rule.how,
        ]
        if let heardBy = rule.heardBy { out["heardBy"] = heardBy }
        if request.kind == .outcome, deadline.lastDay < request.date {
            checklist.append(LetterChecklistItem(passed: false, text: "The appeal's last day, \(LetterDates.withWeekday(deadline.lastDay)), is before this letter's date: the outcome letter is late; ask HR before sending it", source: deadline.source))
        }
        if request.kind == .outcome {
            let anchor = deadline.fromReceipt ? "receipt (taken as \(LetterDates.long(deadline.anchor)) for delivery by \(request.delivery.rawValue))" : "issue (\(LetterDates.long(deadline.anchor)))"
            checklist.append(LetterChecklistItem(passed: nil, text: "Appeal deadline: \(deadline.rule); from \(anchor), \(span(deadline.workingDays, from: deadline.anchor, to: deadline.lastDay))", source: LetterChecklistItem.sources(deadline.source, rule.source)))
        }
        return out
    }

    /// The appeal's facts; for the appeal outcome letter, the checklist says who hears appeals
    /// and checks the policy's limit on confirming the decision after the hearing (CAF s2.3.6
    /// [004:278]: normally 5 working days).
    mutating func appealFields(_ stage: StageRecord) -> [String: Any] {
        guard let appeal = stage.appeal else { return [:] }
        if request.kind == .appealOutcome {
            if let rule = policy.stage(stage.stage)?.appeal {
                if appeal.result == "varied" {
                    checklist.append(LetterChecklistItem(passed: false, text: "The appeal varied the outcome: the letter says the outcome that now applies will follow in writing; record it (a corrected stage outcome) and write its outcome letter", source: rule.source))
                }
                checklist.append(LetterChecklistItem(passed: nil, text: "Appeal against the \(stageName(stage)) to \(rule.to)\(rule.heardBy.map { ", heard by \($0)" } ?? ""): \(appeal.result ?? "pending")", source: rule.source))
                if let heard = appeal.heard,
                   let check = policy.meeting(rule.meetingKind)?.checks.first(where: { $0.type == .outcomeWithinWorkingDaysOfMeeting }), let n = check.amount {
                    let limit = request.calendar.adding(workingDays: n, to: heard)
                    checklist.append(LetterChecklistItem(passed: request.date <= limit, text: "\(check.rule): this letter is dated \(LetterDates.long(request.date)); the limit is \(LetterDates.withWeekday(limit))", source: check.source))
                }
            } else {
                checklist.append(LetterChecklistItem(passed: nil, text: "The policy states no appeal against a \(stageName(stage)) outcome; the appeal was recorded as the manager and HR decided", source: "AMB-15"))
            }
        }
        var out: [String: Any] = [
            "lodged": LetterDates.long(appeal.lodged),
            "hasResult": appeal.result != nil,
            "isUpheld": appeal.result == "upheld",
            "isDismissed": appeal.result == "dismissed",
            "isVaried": appeal.result == "varied",
        ]
        if let heard = appeal.heard { out["heard"] = LetterDates.long(heard) }
        if let rule = policy.stage(stage.stage)?.appeal {
            out["to"] = rule.to
            if let heardBy = rule.heardBy { out["heardBy"] = heardBy }
        }
        return out
    }

    /// Whether the appeal was lodged within the policy's period (from the outcome's issue, or
    /// from its receipt taken as the day of the decision when no outcome letter says otherwise).
    mutating func checkAppealLodgedInTime(_ stage: StageRecord) {
        guard let appeal = stage.appeal else { return }
        let issued = stage.warning?.issued ?? stage.decidedOn
        let outcomeLetter = employee.letters.filter { $0.kind == LetterKind.outcome.rawValue && $0.outcomeId == stage.id }.map(\.receivedOn).min()
        let received = max(outcomeLetter ?? issued, issued)
        guard let deadline = AppealDeadline(policy: policy, stage: stage.stage, issued: issued, received: received, calendar: request.calendar) else {
            checklist.append(LetterChecklistItem(passed: nil, text: "The policy states no appeal against a \(stageName(stage)) outcome; the appeal is handled as the manager and HR decide", source: "AMB-15"))
            return
        }
        let ok = appeal.lodged <= deadline.lastDay
        checklist.append(LetterChecklistItem(passed: ok, text: "Appeal lodged \(LetterDates.long(appeal.lodged)); the last day for it: \(LetterDates.withWeekday(deadline.lastDay)) (\(span(deadline.workingDays, from: deadline.anchor, to: deadline.lastDay)))\(ok ? "" : ": late — ask HR whether to hear it")", source: deadline.source))
    }

    /// The policy's limit on sending the outcome after the meeting (e.g. CAF s2.3.6 [004:251]).
    mutating func checkOutcomeSentInTime(_ meeting: MeetingRecord) {
        guard let check = policy.meeting(meeting.kind)?.checks.first(where: { $0.type == .outcomeWithinWorkingDaysOfMeeting }), let n = check.amount else { return }
        let limit = request.calendar.adding(workingDays: n, to: meeting.at.day)
        checklist.append(LetterChecklistItem(passed: request.date <= limit, text: "\(check.rule): this letter is dated \(LetterDates.long(request.date)); the limit is \(LetterDates.withWeekday(limit))", source: check.source))
    }

    /// The recorded review period against the policy's range (NUL16 s21.2.3: 1 to 3 months).
    mutating func checkReviewPeriod(_ stage: StageRecord, ends: CalendarDay, _ period: ReviewPeriodRule) {
        var ok = true
        var range: [String] = []
        if let lo = period.minimum, let earliest = lo.calendarEnd(from: stage.decidedOn) {
            ok = ok && ends >= earliest.previous
            range.append("at least \(lo.text)")
        }
        if let hi = period.maximum, let latest = hi.calendarEnd(from: stage.decidedOn) {
            ok = ok && ends <= latest
            range.append("at most \(hi.text)")
        }
        guard !range.isEmpty else { return }
        checklist.append(LetterChecklistItem(passed: ok, text: "Review period from \(LetterDates.long(stage.decidedOn)) to \(LetterDates.long(ends)): \(range.joined(separator: " and "))", source: period.source))
    }
}

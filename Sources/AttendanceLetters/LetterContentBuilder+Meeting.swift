import AttendanceRules
import AttendanceStore

extension LetterContentBuilder {
    func meetingName(_ meeting: MeetingRecord) -> String { policy.meeting(meeting.kind)?.name ?? meeting.kind }

    /// The meeting `--meeting` names: booked, not cancelled, an appeal hearing for an appeal
    /// invitation and any other meeting for an invitation.
    mutating func chosenMeeting(appeal: Bool) throws(LetterRequestProblem) -> MeetingRecord {
        let listed = employee.meetings.map { "\($0.id) (\(meetingName($0)), \($0.at.day.ukDisplay))" }.joined(separator: ", ")
        guard let id = request.meetingId else {
            throw LetterRequestProblem("--meeting is needed for \(request.kind.rawValue) letters; \(employee.name)'s meetings: \(listed.isEmpty ? "none booked" : listed)")
        }
        guard let meeting = employee.meetings.first(where: { $0.id == id }) else {
            throw LetterRequestProblem("no meeting \(TextRules.quoted(id)) for \(employee.id); \(employee.name)'s meetings: \(listed.isEmpty ? "none booked" : listed)")
        }
        guard !meeting.cancelled else { throw LetterRequestProblem("meeting \(id) is cancelled; no invitation is written for it") }
        let isAppeal = LetterKind.invitation(forMeetingKind: meeting.kind, policy: policy) == .appealInvitation
        if appeal, !isAppeal {
            throw LetterRequestProblem("meeting \(id) is a \(meetingName(meeting)), not an appeal hearing; write it with --kind invitation")
        }
        if !appeal, isAppeal {
            throw LetterRequestProblem("meeting \(id) is an appeal hearing; write it with --kind appeal-invitation")
        }
        if request.date > meeting.at.day {
            throw LetterRequestProblem("the letter's date, \(request.date.ukDisplay), is after the meeting on \(meeting.at.day.ukDisplay); an invitation is dated on or before the meeting (by default the day its notice is given)")
        }
        meetingId = meeting.id
        return meeting
    }

    /// The invitation's facts, from the meeting record and the policy's letter wording, and
    /// the checklist: every scheduling check of the meeting kind run again on the record
    /// (NUL16 s21.2.1 [002:1270], CAF s2.3.4 [004:259-263], …) with its source.
    mutating func meetingFields(_ meeting: MeetingRecord) -> [String: Any] {
        let rule = policy.meeting(meeting.kind)
        let wording = rule?.letter
        let end = meeting.at.minuteOfDay + max(0, meeting.durationMinutes)
        var out: [String: Any] = [
            "name": meetingName(meeting),
            "date": LetterDates.withWeekday(meeting.at.day),
            "time": meeting.at.hhmm,
            "endTime": LocalDateTime(day: meeting.at.day, minuteOfDay: min(end, 24 * 60 - 1)).hhmm,
            "duration": LetterDates.duration(minutes: max(0, meeting.durationMinutes)),
            "place": meeting.place,
            "purpose": wording?.purpose ?? Self.defaultPurpose,
            "accompaniment": wording?.accompaniment ?? Self.defaultAccompaniment,
            "outcomes": wording?.outcomes ?? [],
            "hasOutcomes": !(wording?.outcomes ?? []).isEmpty,
        ]
        if let chair = wording?.chair { out["chair"] = chair }
        if let wording {
            checklist.append(LetterChecklistItem(passed: nil, text: "Purpose, chair, right to be accompanied, papers and possible outcomes worded from the policy", source: wording.source))
        } else {
            checklist.append(LetterChecklistItem(passed: nil, text: "The policy gives no letter wording for a \(meetingName(meeting)); attend's general wording is used: check it before sending", source: "attend D-91"))
        }
        if let companion = rule?.accompaniment {
            checklist.append(LetterChecklistItem(passed: nil, text: "Right to be accompanied: \(companion.text)", source: companion.source))
        }
        if let papers = wording?.papers {
            var p: [String: Any] = ["what": papers]
            if let check = rule?.checks.first(where: { $0.type == .papersWorkingDaysBefore }), let n = check.amount {
                let sendBy = request.calendar.latestDay(n, workingDaysBefore: meeting.at.day)
                p["sendBy"] = LetterDates.withWeekday(sendBy)
                p["enclosed"] = false
                checklist.append(LetterChecklistItem(passed: nil, text: "\(check.rule): send them by \(LetterDates.withWeekday(sendBy))", source: check.source))
            } else {
                p["enclosed"] = true
            }
            out["papers"] = p
        }
        checkSchedule(meeting)
        return out
    }

    static let defaultPurpose = "to talk with you about your attendance and any support that would help"
    static let defaultAccompaniment = "There is no formal right to be accompanied at this meeting, but please tell me if you would like someone with you and I will try to arrange it."

    /// The meeting kind's checks run on the record as booked, each a checklist line.
    mutating func checkSchedule(_ meeting: MeetingRecord) {
        let scheduler = MeetingScheduler(policy: policy, calendar: request.calendar)
        let input = MeetingCheckInput(noticeGiven: meeting.noticeGiven, meeting: meeting.at, delivery: meeting.delivery, place: meeting.place)
        guard let report = try? scheduler.check(kind: meeting.kind, input) else { return }
        for result in report.checks {
            checklist.append(LetterChecklistItem(passed: result.ok, text: "\(result.rule): \(result.actual); \(result.required)", source: result.source))
        }
        let dated: Set<MeetingCheckType> = [.papersWorkingDaysBefore]
        for skipped in report.skipped {
            guard let check = policy.meeting(meeting.kind)?.checks.first(where: { $0.id == skipped.id }), !dated.contains(check.type) else { continue }
            checklist.append(LetterChecklistItem(passed: nil, text: "\(skipped.rule): to check when it happens (the booking does not say)", source: skipped.source))
        }
        if let reason = meeting.overrideReason {
            checklist.append(LetterChecklistItem(passed: nil, text: "Booked although a check failed, for this reason: \(reason)", source: "attend D-61"))
        }
    }
}

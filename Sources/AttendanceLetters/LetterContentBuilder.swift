import AttendanceRules
import AttendanceStore

/// Gathers a letter's fields and checklist from the record (`LetterContent` is its result).
struct LetterContentBuilder {
    let request: LetterRequest
    var fields: [String: Any] = [:]
    var checklist: [LetterChecklistItem] = []
    var title = ""
    var meetingId: String?
    var outcomeId: String?
    var interviewId: String?
    var includesPrivate = false

    init(_ request: LetterRequest) { self.request = request }

    var policy: PolicyProfile { request.policy }
    var employee: EmployeeDocument { request.employee }

    mutating func build() throws(LetterRequestProblem) {
        fields = common()
        switch request.kind {
        case .invitation:
            let meeting = try chosenMeeting(appeal: false)
            fields["meeting"] = meetingFields(meeting)
            title = "Invitation to a \(meetingName(meeting)) — \(employee.name)"
        case .outcome:
            let stage = try chosenOutcome(needsAppeal: false)
            fields["outcome"] = outcomeFields(stage)
            title = "\(policy.stage(stage.stage)?.name ?? stage.stage): outcome — \(employee.name)"
        case .appealAcknowledgement:
            let stage = try chosenOutcome(needsAppeal: true)
            fields["outcome"] = outcomeFields(stage, forAppeal: true)
            fields["appeal"] = appealFields(stage)
            checkAppealLodgedInTime(stage)
            title = "Appeal acknowledgement — \(employee.name)"
        case .appealInvitation:
            let meeting = try chosenMeeting(appeal: true)
            let stage = try appealedOutcome(for: meeting)
            fields["meeting"] = meetingFields(meeting)
            fields["outcome"] = outcomeFields(stage, forAppeal: true)
            fields["appeal"] = appealFields(stage)
            title = "Invitation to the appeal hearing — \(employee.name)"
        case .appealOutcome:
            let stage = try chosenOutcome(needsAppeal: true)
            guard stage.appeal?.result != nil else {
                throw LetterRequestProblem("the appeal against outcome \(stage.id) has no result recorded yet; record it first (attend stage edit --employee \(employee.id) --outcome \(stage.id) --appeal-result upheld|dismissed|varied --reason …)")
            }
            fields["outcome"] = outcomeFields(stage, forAppeal: true)
            fields["appeal"] = appealFields(stage)
            title = "Appeal outcome — \(employee.name)"
        case .interviewRecord:
            let interview = try chosenInterview()
            fields["interview"] = interviewFields(interview)
            title = "Return-to-work interview record — \(employee.name)"
        }
    }

    // MARK: - Common

    /// The team's manager, else the person's own (as the calendar invitations' ORGANIZER).
    var signer: Manager? {
        let managerId = request.organisation.teams.first { $0.id == employee.teamId }?.managerId ?? employee.managerId
        return request.organisation.managers.first { $0.id == managerId }
    }

    mutating func common() -> [String: Any] {
        var out: [String: Any] = [
            "date": LetterDates.long(request.date),
            "organisation": ["name": request.organisation.name],
            "policy": ["name": policy.name],
            "employee": ["name": employee.name, "id": employee.id],
        ]
        if let marking = policy.protectiveMarking { out["marking"] = marking.uppercased() }
        if let manager = signer {
            var m: [String: Any] = ["name": manager.name]
            if let role = manager.role { m["role"] = role }
            if let email = manager.email { m["email"] = email }
            out["manager"] = m
            if manager.role == nil {
                checklist.append(LetterChecklistItem(passed: false, text: "The letter is signed by \(manager.name) with no job title: record one with `attend manager edit --id \(manager.id) --role …`", source: "attend D-91"))
            }
        } else {
            checklist.append(LetterChecklistItem(passed: false, text: "No manager is recorded for \(employee.name) or their team, so the letter is signed \"Line manager\"; record one with `attend employee edit --manager`", source: "attend D-91"))
        }
        return out
    }

    /// "10 working days from Thursday 24 December 2026, skipping Christmas Day (25 December) …"
    func span(_ n: Int, from start: CalendarDay, to end: CalendarDay) -> String {
        let holidays = request.calendar.holidays.holidays(from: start.next, through: end, nation: request.calendar.nation)
        let skipped = holidays.isEmpty ? "" : "; bank holidays in \(request.calendar.nation.name) skipped: "
            + holidays.map { "\($0.title) (\(LetterDates.long($0.date)))" }.joined(separator: ", ")
        return "\(Plural.of(n, "working day")) from \(LetterDates.long(start)) is \(LetterDates.withWeekday(end))\(skipped)"
    }
}

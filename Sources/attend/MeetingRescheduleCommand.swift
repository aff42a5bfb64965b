import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend meeting reschedule`: moves a meeting, running its notice checks again against the
/// new time and the person's nation; SEQUENCE + 1 so calendars update the same event. At the
/// employee's request the policy's rearrangement rule (e.g. CAF-MTG-2: within 5 working days
/// of the original date [004:61]) is checked too.
struct MeetingRescheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reschedule", abstract: "Move a meeting: the notice checks run again; the invitation keeps its UID with SEQUENCE + 1.")

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("New start, YYYY-MM-DDTHH:MM (UK time).", valueName: "datetime")) var at: String
    @Option(name: .customLong("notice-given"), help: ArgumentHelp("When the new notice is given.", valueName: "datetime")) var noticeGiven: String
    @Option(help: ArgumentHelp("hand, email or post (default: as before).", valueName: "method")) var delivery: String?
    @Option(help: ArgumentHelp("Where (default: as before).", valueName: "text")) var place: String?
    @Option(help: ArgumentHelp("Minutes (default: as before).", valueName: "n")) var duration: Int?
    @Flag(name: .customLong("employee-request"), help: "Put off at the employee's request: the policy's rearrangement rule applies.") var employeeRequest = false
    @Option(name: .customLong("override-reason"), help: ArgumentHelp("Move it despite a failed check; the reason is recorded.", valueName: "text")) var overrideReason: String?
    @Option(help: ArgumentHelp("Write the updated invitation (.ics) here (- for standard output).", valueName: "file")) var ics: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        try Parsing.checkText(place, option: "--place", limit: TextRules.shortTextLimit)
        try Parsing.checkText(overrideReason, option: "--override-reason", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try MeetingChange.index(document, id: correction.id)
        let old = document.meetings[index]
        if let problem = old.rescheduleProblem { throw BadInput("\(problem); nothing was changed") }
        let policy = try context.policy(for: document)
        let method = try delivery.map { text -> NoticeDelivery in
            guard let value = NoticeDelivery(rawValue: text) else { throw BadInput("--delivery '\(text)' is not allowed; expected one of \(NoticeDelivery.allowedValues)") }
            return value
        } ?? old.delivery
        let minutes = duration ?? old.durationMinutes
        guard (5...480).contains(minutes) else { throw BadInput("--duration \(minutes) is out of range; expected 5 to 480 minutes") }
        let input = MeetingCheckInput(
            noticeGiven: try Parsing.dateTime(noticeGiven, option: "--notice-given"),
            meeting: try Parsing.dateTime(at, option: "--at"), delivery: method,
            returned: document.absences.filter { $0.type == .sickness }.compactMap(\.end).max()?.next,
            originalMeeting: employeeRequest ? old.at.day : nil,
            absenceStart: document.openSickness?.start, place: place ?? old.place)
        let report: MeetingCheckReport
        do {
            report = try MeetingScheduler(policy: policy, calendar: context.organisationCalendar(for: document)).check(kind: old.kind, input)
        } catch {
            throw BadInput(error.message)
        }
        if !report.ok && overrideReason == nil {
            print("Not moved: a check fails for \(input.meeting.ukDisplay).")
            for check in report.checks where !check.ok { print("  FAIL \(check.rule): required \(check.required); actual \(check.actual) [\(check.source)]") }
            print("Earliest valid: \(report.earliestValid.map(\.ukDisplay) ?? "none")")
            print("Give --override-reason TEXT to move it anyway (the reason is recorded). Nothing was changed.")
            throw RuleCheckFailed()
        }
        let meeting = old.moved(to: input.meeting, notice: input.noticeGiven, delivery: method, place: place ?? old.place, durationMinutes: minutes,
                                overrideReason: report.ok ? nil : overrideReason, atEmployeeRequest: employeeRequest)
        document.meetings[index] = meeting
        let saved = try context.save(document, action: "meeting.reschedule",
                                     summary: "\(old.id) moved from \(old.at.iso) to \(meeting.at.iso)\(employeeRequest ? " at the employee's request" : "")", reason: reason)
        print("Moved \(report.meetingName) \(old.id) for \(saved.name) from \(old.at.ukDisplay) to \(meeting.at.ukDisplay), \(meeting.place).")
        for check in report.checks { print("  \(check.ok ? "PASS" : "FAIL") \(check.rule) [\(check.source)]") }
        try MeetingChange.writeInvitation(context, saved, meeting, to: ics)
    }
}

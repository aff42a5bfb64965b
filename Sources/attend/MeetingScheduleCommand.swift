import AttendanceLetters
import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend meeting schedule`: book a meeting after its notice checks pass (or with a recorded override).
struct MeetingScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: "Schedule a meeting; refused when a notice check fails unless --override-reason is given.",
        discussion: """
            attend meeting schedule --employee e42 --kind stage1 --at 2026-11-26T10:00 \\
                --notice-given 2026-11-23T15:00 --place "Room 2, Civic Offices"
            The return date for "within 5 working days of return" checks defaults to the latest return.
            """)

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("Meeting kind (see `attend policies --json`).", valueName: "kind")) var kind: String
    @Option(help: ArgumentHelp("Meeting start, YYYY-MM-DDTHH:MM (UK time).", valueName: "datetime")) var at: String
    @Option(name: .customLong("notice-given"), help: ArgumentHelp("When the invitation is given.", valueName: "datetime")) var noticeGiven: String
    @Option(help: ArgumentHelp("hand, email or post.", valueName: "method")) var delivery: String = "hand"
    @Option(help: ArgumentHelp("Where.", valueName: "text")) var place: String = "To be confirmed"
    @Option(help: ArgumentHelp("Minutes.", valueName: "n")) var duration: Int = 60
    @Option(help: ArgumentHelp("Return date for return-based checks.", valueName: "date")) var returned: String?
    @Option(name: .customLong("override-reason"), help: ArgumentHelp("Book despite a failed check; the reason is recorded.", valueName: "text")) var overrideReason: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var repeatOptions: RepeatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(place, option: "--place", limit: TextRules.shortTextLimit)
        try Parsing.checkText(overrideReason, option: "--override-reason", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let policy = try context.policy(for: document)
        guard let method = NoticeDelivery(rawValue: delivery) else {
            throw BadInput("--delivery '\(delivery)' is not allowed; expected one of \(NoticeDelivery.allowedValues)")
        }
        guard (5...480).contains(duration) else { throw BadInput("--duration \(duration) is out of range; expected 5 to 480 minutes") }
        let latestReturn = document.absences.filter { $0.type == .sickness }.compactMap(\.end).max()?.next
        let input = MeetingCheckInput(
            noticeGiven: try Parsing.dateTime(noticeGiven, option: "--notice-given"),
            meeting: try Parsing.dateTime(at, option: "--at"), delivery: method,
            returned: try Parsing.optionalDay(returned, option: "--returned") ?? latestReturn,
            absenceStart: document.openSickness?.start, place: place)
        let report: MeetingCheckReport
        do {
            report = try MeetingScheduler(policy: policy, calendar: context.organisationCalendar(for: document)).check(kind: kind, input)
        } catch {
            throw BadInput(error.message)
        }
        if !report.ok && overrideReason == nil {
            if json { try JSONOutput.print(MeetingCheckReportJSON(report)) } else {
                print("Not scheduled: a notice check fails.")
                for check in report.checks where !check.ok { print("  FAIL \(check.rule): required \(check.required); actual \(check.actual) [\(check.source)]") }
                print("Earliest valid: \(report.earliestValid.map(\.ukDisplay) ?? "none")")
                print("Give --override-reason TEXT to book it anyway (the reason is recorded).")
            }
            throw RuleCheckFailed()
        }
        let same = document.meetings.first { $0.kind == kind && $0.at == input.meeting && !$0.cancelled }
        try repeatOptions.refuse("a \(report.meetingName) at \(input.meeting.ukDisplay)", existing: same?.id, in: document)
        let meeting = MeetingRecord(id: StoreContext.newId("m", existing: document.meetings.map(\.id)), kind: kind, at: input.meeting,
                                    durationMinutes: duration, place: place, noticeGiven: input.noticeGiven, delivery: method,
                                    overrideReason: report.ok ? nil : overrideReason)
        document.meetings.append(meeting)
        try context.save(document, action: "meeting.schedule", summary: "\(kind) at \(input.meeting.iso) (\(meeting.id))")
        if json { try JSONOutput.print(meeting); return }
        print("Scheduled \(report.meetingName) for \(document.name) at \(input.meeting.ukDisplay), \(place) (\(meeting.id)).")
        if let reason = meeting.overrideReason { print("  Booked despite a failed check; reason recorded: \(reason)") }
        for check in report.checks { print("  \(check.ok ? "PASS" : "FAIL") \(check.rule) [\(check.source)]") }
        if let companion = report.accompaniment { print("  Right to be accompanied: \(companion.text) (\(companion.source))") }
        print("Write its invitation with `attend letter write --employee \(document.id) --kind \(LetterKind.invitation(forMeetingKind: meeting.kind, policy: policy).rawValue) --meeting \(meeting.id) --output FILE.docx`.")
    }
}

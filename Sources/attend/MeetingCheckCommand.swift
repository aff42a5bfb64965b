import AttendanceStore
import AttendanceRules
import ArgumentParser

/// `attend meeting check`: run every scheduling check of a meeting kind.
struct MeetingCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every scheduling check for a meeting kind; exit 0 if all pass, 1 if one fails, 2 on bad input.",
        discussion: """
            Examples:
              attend meeting check --policy newcastle-2016 --kind stage1 \\
                  --notice-given 2026-11-23T10:00 --meeting 2026-11-25T10:00 --returned 2026-11-20
              attend meeting check --policy cafcass-2017 --kind stage3 --delivery post \\
                  --notice-given 2026-12-14T12:00 --meeting 2027-01-08T10:00 --papers-sent 2026-12-31 --json
            Checks that need a fact you did not give (e.g. --returned) are listed as skipped.
            """)

    @Option(help: ArgumentHelp("Policy id (see `attend policies`).", valueName: "id")) var policy: String
    @Option(help: ArgumentHelp("Meeting kind, e.g. asm, stage1, stage1-review, stage2, stage3, appeal, rtw, long-term-review.", valueName: "kind")) var kind: String
    @Option(name: .customLong("notice-given"), help: ArgumentHelp("When the invitation was given (YYYY-MM-DDTHH:MM, UK time).", valueName: "datetime")) var noticeGiven: String
    @Option(help: ArgumentHelp("When the meeting starts (YYYY-MM-DDTHH:MM, UK time).", valueName: "datetime")) var meeting: String
    @Option(help: ArgumentHelp("The day the employee returned to work.", valueName: "date")) var returned: String?
    @Option(help: ArgumentHelp("How the invitation was delivered: hand, email or post.", valueName: "method")) var delivery: String = "hand"
    @Option(name: .customLong("outcome-issued"), help: ArgumentHelp("Appeals: the day the outcome was issued.", valueName: "date")) var outcomeIssued: String?
    @Option(name: .customLong("outcome-received"), help: ArgumentHelp("Appeals: the day the outcome letter was received.", valueName: "date")) var outcomeReceived: String?
    @Option(name: .customLong("appeal-lodged"), help: ArgumentHelp("Appeals: the day the appeal was lodged.", valueName: "date")) var appealLodged: String?
    @Option(name: .customLong("papers-sent"), help: ArgumentHelp("Hearings: the day the papers or evidence were sent.", valueName: "date")) var papersSent: String?
    @Option(name: .customLong("outcome-sent"), help: ArgumentHelp("The day the outcome letter was sent.", valueName: "date")) var outcomeSent: String?
    @Option(name: .customLong("original-meeting"), help: ArgumentHelp("A rearranged meeting: the original date.", valueName: "date")) var originalMeeting: String?
    @Option(name: .customLong("absence-start"), help: ArgumentHelp("Long-term reviews: the first day of the absence.", valueName: "date")) var absenceStart: String?
    @Option(help: ArgumentHelp("Where the meeting is held, as the invitation says (checked where the policy asks for a specific place).", valueName: "text")) var place: String?
    @Option(help: ArgumentHelp("Nation whose bank holidays apply.", valueName: "nation")) var nation: String = Nation.englandAndWales.id
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var data: DataOptions

    func run() throws {
        try Parsing.checkText(place, option: "--place", limit: TextRules.shortTextLimit)
        let profile = try data.policy(policy)
        guard let delivery = NoticeDelivery(rawValue: delivery) else {
            throw BadInput("--delivery '\(delivery)' is not allowed; expected one of \(NoticeDelivery.allowedValues)")
        }
        let input = MeetingCheckInput(
            noticeGiven: try Parsing.dateTime(noticeGiven, option: "--notice-given"),
            meeting: try Parsing.dateTime(meeting, option: "--meeting"),
            delivery: delivery,
            returned: try Parsing.optionalDay(returned, option: "--returned"),
            outcomeIssued: try Parsing.optionalDay(outcomeIssued, option: "--outcome-issued"),
            outcomeReceived: try Parsing.optionalDay(outcomeReceived, option: "--outcome-received"),
            appealLodged: try Parsing.optionalDay(appealLodged, option: "--appeal-lodged"),
            papersSent: try Parsing.optionalDay(papersSent, option: "--papers-sent"),
            outcomeSent: try Parsing.optionalDay(outcomeSent, option: "--outcome-sent"),
            originalMeeting: try Parsing.optionalDay(originalMeeting, option: "--original-meeting"),
            absenceStart: try Parsing.optionalDay(absenceStart, option: "--absence-start"),
            place: place)
        let calendar = WorkingCalendar.organisation(nation: try Parsing.nation(nation), holidays: try data.holidays())
        let report: MeetingCheckReport
        do {
            report = try MeetingScheduler(policy: profile, calendar: calendar).check(kind: kind, input)
        } catch {
            throw BadInput(error.message)
        }
        if json {
            try JSONOutput.print(MeetingCheckReportJSON(report))
        } else {
            print("\(report.meetingName) under \(profile.name)")
            print("Notice received: \(report.noticeReceived.ukDisplay) (\(input.delivery.rawValue): \(report.deliveryRule))")
            for check in report.checks {
                print("\(check.ok ? "PASS" : "FAIL")  \(check.rule) [\(check.strength)]")
                print("      required: \(check.required)")
                print("      actual:   \(check.actual)")
                print("      source:   \(check.source)")
            }
            for skipped in report.skipped {
                print("SKIP  \(skipped.rule): needs \(skipped.needs) (\(skipped.source))")
            }
            if report.checks.isEmpty && report.skipped.isEmpty {
                print("The policy sets no scheduling rule for this meeting kind.")
            }
            if let accompaniment = report.accompaniment {
                print("Right to be accompanied: \(accompaniment.text) (\(accompaniment.source))")
            }
            print("Earliest valid: \(report.earliestValid.map(\.ukDisplay) ?? "none: no time passes every check that depends on it")")
            print(report.ok ? "All checks pass." : "A check fails.")
        }
        if !report.ok { throw RuleCheckFailed() }
    }
}

import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// `attend sickness call`: open an ongoing sickness absence from a call, and say what is due next.
struct SicknessCallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call", abstract: "Log a sickness call: opens an ongoing sickness absence and lists what is due under the policy.",
        discussion: """
            Example:
              attend sickness call --employee e42 --first-day 2026-11-23 --received 2026-11-23T10:20 \\
                  --via phone --reason-category cold-flu --expected-return 2026-11-25
            The note is private: it stays in the employee's file and never goes to exports, invitations or logs.
            """)

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(name: .customLong("first-day"), help: ArgumentHelp("First day of absence (default: today).", valueName: "date")) var firstDay: String?
    @Option(help: ArgumentHelp("When the call came in, YYYY-MM-DDTHH:MM (default: now, or 09:00 on the first day).", valueName: "datetime")) var received: String?
    @Option(help: ArgumentHelp("phone, proxy, text or email.", valueName: "channel")) var via: String = "phone"
    @Option(help: ArgumentHelp("Who called, when not the employee.", valueName: "name")) var caller: String?
    @Option(name: .customLong("reason-category"), help: ArgumentHelp("A reason category (not a diagnosis), e.g. cold-flu, musculoskeletal, stress-anxiety-depression.", valueName: "category")) var reasonCategory: String?
    @Option(help: ArgumentHelp("pregnancy, ivf, disability, infectious-disease, industrial-injury or medical-appointment.", valueName: "category")) var related: String?
    @Option(help: ArgumentHelp("A private note.", valueName: "text")) var note: String?
    @Option(name: .customLong("expected-return"), help: ArgumentHelp("Expected return date.", valueName: "date")) var expectedReturn: String?
    @Option(name: .customLong("worked-fraction"), help: ArgumentHelp("Fraction of the first day worked before going home ill (0 to <1).", valueName: "f")) var workedFraction: Double?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(caller, option: "--caller", limit: TextRules.nameLimit)
        try Parsing.checkText(note, option: "--note", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let policy = try context.policy(for: document)
        let today = context.today
        let first = try firstDay.map { try Parsing.day($0, option: "--first-day") } ?? today
        guard let channel = CallChannel(rawValue: via) else {
            throw BadInput("--via '\(via)' is not allowed; expected one of \(CallChannel.allowedValues)")
        }
        let reason = try reasonCategory.map { text -> ReasonCategory in
            guard let value = ReasonCategory(rawValue: text) else {
                throw BadInput("--reason-category '\(text)' is not allowed; expected one of \(ReasonCategory.allowedValues)")
            }
            return value
        }
        let relatedCategory = try related.map { text -> RelatedCategory in
            guard let value = RelatedCategory(rawValue: text) else {
                throw BadInput("--related '\(text)' is not allowed; expected one of \(RelatedCategory.allowedValues)")
            }
            return value
        }
        let start = document.startTime.flatMap(PolicyLoader.minuteOfDay) ?? 540
        let receivedAt: LocalDateTime
        if let received {
            receivedAt = try Parsing.dateTime(received, option: "--received")
        } else if first == today && storeOptions.today == nil {
            receivedAt = Today.now()
        } else {
            receivedAt = LocalDateTime(day: first, minuteOfDay: start)
        }
        // A call may come the day before (a known operation, a night shift's caller), never
        // earlier: a call dated years before the absence is a typing mistake (D-72).
        if receivedAt.day < first.previous {
            throw BadInput("--received \(receivedAt.iso) is more than a day before the first day of absence (\(first.iso)); expected \(first.previous.iso)T00:00 or later; nothing was saved")
        }
        if receivedAt.day > today {
            throw BadInput("--received \(receivedAt.iso) is in the future (today is \(today.iso)); a call cannot be logged before it happens")
        }
        let expected = try Parsing.optionalDay(expectedReturn, option: "--expected-return")
        if let expected, expected <= first {
            throw BadInput("--expected-return \(expected.iso) is not after --first-day \(first.iso)")
        }
        let absenceId = document.newAbsenceId()
        let record = AbsenceRecord(id: absenceId, type: .sickness, start: first, end: nil, firstDayWorkedFraction: workedFraction,
                                   related: relatedCategory, reason: reason, certificate: .none)
        if let same = document.absences.first(where: { $0.type == .sickness && $0.start == first }),
           document.sicknessCalls.contains(where: { $0.absenceId == same.id }) {
            throw BadInput(RepeatOptions.message("a sickness call for \(first.ukDisplay)", existing: same.id, in: document, canRepeat: false))
        }
        let problems = document.problems(adding: record, today: today)
        if !problems.isEmpty {
            throw BadInput("cannot log the call for \(document.name) (\(document.id)); nothing was saved:\n  " + problems.joined(separator: "\n  "))
        }
        let flags = NotificationCheck.flags(policy: policy, firstDay: first, receivedAt: receivedAt, channel: channel.rawValue, normalStart: start)
        document.absences.append(record)
        document.sicknessCalls.append(SicknessCall(
            id: "call-\(absenceId)", absenceId: absenceId, receivedAt: receivedAt, via: channel, caller: caller,
            reason: reason, note: note, expectedReturn: expected, flags: flags))
        let saved = try context.save(document, action: "sickness.call", summary: "sickness from \(first.iso) (\(absenceId))")
        let (_, duties, _) = try context.assess(saved, on: today)
        if json {
            struct Output: Encodable { let absenceId: String; let flags: [String]; let duties: [EvaluationJSON.DutyJSON] }
            try JSONOutput.print(Output(absenceId: absenceId, flags: flags, duties: duties.map {
                EvaluationJSON.DutyJSON(id: $0.id, title: $0.title, owner: $0.owner, due: $0.due?.iso, status: $0.status.rawValue, source: $0.source,
                                        spellStart: $0.spellStart?.iso)
            }))
            return
        }
        print("Logged: \(document.name) off sick from \(first.ukDisplay) (\(absenceId)), call \(receivedAt.ukDisplay) by \(channel.rawValue).")
        for flag in flags { print("  FLAG: \(flag)") }
        print("What is due under \(policy.citationKey):")
        for duty in duties.sorted(by: { ($0.due ?? today) < ($1.due ?? today) }) {
            print("  [\(duty.status.rawValue)] \(duty.title)\(duty.due.map { " — \($0.ukDisplay)" } ?? "") [\(duty.source)]")
        }
        if let notify = policy.notification, duties.isEmpty { print("  nothing yet (\(notify.source))") }
        let listed = Set(duties.filter { $0.due.map { $0 >= today } ?? true }.map(\.id))
        let plan = saved.dutiesIfItGoesOn(until: today.adding(days: 183), today: today, policy: policy, holidays: context.holidays,
                                          organisation: context.organisation).filter { !listed.contains($0.id) }
        if !plan.isEmpty { print("If the absence goes on:") }
        for duty in plan { print("  \(EmployeeDocument.planWhen(duty, policy: policy)): \(duty.title) [\(duty.source)]") }
    }
}

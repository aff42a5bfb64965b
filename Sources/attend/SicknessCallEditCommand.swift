import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend sickness edit`: corrects a sickness call record (when it came, how, who, the reason
/// category, the expected return), with a reason. The policy's flags on the call (late, by
/// text) are worked out again from the corrected time and channel.
struct SicknessCallEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a sickness call: change the fields given, with a reason.")

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("When the call came (YYYY-MM-DDTHH:MM, UK time).", valueName: "datetime")) var received: String?
    @Option(help: ArgumentHelp("phone, proxy, text or email.", valueName: "channel")) var via: String?
    @Option(help: ArgumentHelp("Who called, or none.", valueName: "name")) var caller: String?
    @Option(name: .customLong("reason-category"), help: ArgumentHelp("A reason category, or none.", valueName: "category")) var reasonCategory: String?
    @Option(name: .customLong("expected-return"), help: ArgumentHelp("Expected return, or none.", valueName: "date")) var expectedReturn: String?
    @Option(help: ArgumentHelp("A new private note (replaces the old one), or none.", valueName: "text")) var note: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        try Parsing.checkText(caller, option: "--caller", limit: TextRules.nameLimit)
        try Parsing.checkText(note, option: "--note", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try correction.index(of: .sicknessCall, in: document)
        if [received, via, caller, reasonCategory, expectedReturn, note].allSatisfy({ $0 == nil }) {
            throw BadInput("nothing to change: give at least one of --received, --via, --caller, --reason-category, --expected-return, --note")
        }
        var call = document.sicknessCalls[index]
        let absence = document.absences.first { $0.id == call.absenceId }
        if let received {
            call.receivedAt = try Parsing.dateTime(received, option: "--received")
            if let first = absence?.start, call.receivedAt.day < first.previous {
                throw BadInput("--received \(call.receivedAt.iso) is more than a day before the first day of absence (\(first.iso)); nothing was changed")
            }
        }
        if let via {
            guard let channel = CallChannel(rawValue: via) else { throw BadInput("--via '\(via)' is not allowed; expected one of \(CallChannel.allowedValues)") }
            call.via = channel
        }
        if let caller { call.caller = caller == "none" ? nil : caller }
        if let reasonCategory {
            if reasonCategory == "none" { call.reason = nil } else {
                guard let value = ReasonCategory(rawValue: reasonCategory) else {
                    throw BadInput("--reason-category '\(reasonCategory)' is not allowed; expected one of \(ReasonCategory.allowedValues), or none")
                }
                call.reason = value
            }
        }
        if let expectedReturn {
            call.expectedReturn = expectedReturn == "none" ? nil : try Parsing.day(expectedReturn, option: "--expected-return")
            if let back = call.expectedReturn, let first = absence?.start, back <= first {
                throw BadInput("--expected-return \(back.iso) is not after the first day of absence (\(first.iso)); nothing was changed")
            }
        }
        if let note { call.note = note == "none" ? nil : note }
        if let first = absence?.start {
            let policy = try context.policy(for: document)
            let start = document.startTime.flatMap(PolicyLoader.minuteOfDay) ?? 540
            call.flags = NotificationCheck.flags(policy: policy, firstDay: first, receivedAt: call.receivedAt, channel: call.via.rawValue, normalStart: start)
        }
        if call == document.sicknessCalls[index] { throw BadInput("sickness call \(call.id) already has those values; nothing was changed") }
        document.sicknessCalls[index] = call
        let saved = try context.save(document, action: "sickness-call.edit", summary: "corrected \(call.id)", reason: reason)
        print("Corrected sickness call \(call.id) for \(saved.name).")
        for change in saved.history.last?.changes ?? [] { print("  \(change.text)") }
    }
}

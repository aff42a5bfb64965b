import AttendanceLetters
import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend letter write`: writes a letter from the record and the policy, keeps it in the
/// store (its record with the employee's document and history, its DOCX and text copies in
/// `letters/`), and writes it to --output or, as text, to standard output. The manager's
/// checklist goes to standard error. A template or record problem writes nothing.
struct LetterWriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write", abstract: "Write a letter to an employee, keep it in the store, and write it out.",
        discussion: """
            Kinds: invitation and appeal-invitation (--meeting ID), outcome, appeal-acknowledgement \
            and appeal-outcome (--outcome ID, a stage outcome), interview-record (--interview ID). \
            The letter is kept whatever --output says; `attend letter show` writes it out again as it was.
            """)

    @Option(help: ArgumentHelp("Employee id (or name).", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("invitation, outcome, appeal-acknowledgement, appeal-invitation, appeal-outcome or interview-record.", valueName: "kind")) var kind: String
    @Option(help: ArgumentHelp("The meeting (invitation, appeal-invitation).", valueName: "id")) var meeting: String?
    @Option(help: ArgumentHelp("The stage outcome (outcome and appeal letters; optional for appeal-invitation).", valueName: "id")) var outcome: String?
    @Option(help: ArgumentHelp("The return-to-work interview (interview-record).", valueName: "id")) var interview: String?
    @Option(help: ArgumentHelp("docx or text (default: docx with --output, else text to standard output).", valueName: "format")) var format: String?
    @Option(help: ArgumentHelp("Write the letter to this file as well.", valueName: "file")) var output: String?
    @Option(help: ArgumentHelp("How the letter is given: hand, email or post (default: the meeting's notice delivery, else hand); an appeal period that runs from receipt counts from the day it is deemed received.", valueName: "how")) var delivery: String?
    @Option(help: ArgumentHelp("The letter's date (default: for an invitation, the day its notice is given; else today).", valueName: "date")) var date: String?
    @Flag(help: "Keep another copy when the same letter is already kept for this record.") var again = false
    @OptionGroup var privacy: PrivacyOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        guard let letterKind = LetterKind(rawValue: kind) else {
            throw BadInput("--kind '\(kind)' is not allowed; expected one of \(LetterKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let chosenFormat = try LetterShowCommand.format(format, output: output)
        try LetterShowCommand.checkOutputFolder(output)
        let given = try delivery.map { value throws -> NoticeDelivery in
            guard let d = NoticeDelivery(rawValue: value) else { throw BadInput("--delivery '\(value)' is not allowed; expected hand, email or post") }
            return d
        }
        for (option, value, subject) in [("--meeting", meeting, LetterSubject.meeting), ("--interview", interview, .interview)] where value != nil && letterKind.subject != subject {
            throw BadInput("\(option) does not go with --kind \(kind); it needs \(letterKind.subject.option)")
        }
        if outcome != nil, letterKind.subject != .outcome, letterKind != .appealInvitation {
            throw BadInput("--outcome does not go with --kind \(kind); it needs \(letterKind.subject.option)")
        }
        let context = try storeOptions.load()
        let document = try context.employee(employee)
        let policy = try context.policy(for: document)
        let letterDate = try date.map { try Parsing.day($0, option: "--date") }
            ?? LetterRequest.defaultDate(kind: letterKind, employee: document, meetingId: meeting, today: context.today)
        let meetingDelivery = document.meetings.first { $0.id == meeting }?.delivery
        let request = LetterRequest(kind: letterKind, employee: document, organisation: context.organisation, policy: policy,
                                    calendar: context.organisationCalendar(for: document), date: letterDate, meetingId: meeting,
                                    outcomeId: outcome, interviewId: interview, delivery: given ?? meetingDelivery ?? .hand,
                                    includePrivate: privacy.includePrivate)
        let templates = try storeOptions.data.letterTemplates(for: policy.id)
        let written: WrittenLetter
        do {
            written = try LetterWriter(templates: templates).write(request)
        } catch let problem as LetterRequestProblem {
            throw BadInput("\(problem.message); no letter was written")
        } catch {
            throw BadInput("\(error)")
        }
        privacy.warnIfIncluded()
        let record = LetterKeeping.record(written, request: request, id: LetterKeeping.newId(document), actor: context.actor)
        if !again, let same = document.letters.first(where: { $0.kind == record.kind && $0.about == record.about && $0.text == record.text }) {
            throw BadInput("\(same.id), written \(same.writtenOn.ukDisplay), is this same letter; nothing was written. `attend letter show --employee \(document.id) --letter \(same.id) --output FILE` writes it out again; give --again to keep another copy")
        }
        let change = LetterKeeping.adding(record, to: document)
        let saved = try context.save(change.document, action: "letter.write", summary: change.summary)
        let files = LetterFiles.write(record, employeeId: saved.id, folder: context.localFolder)
        let bytes = try LetterKeeping.file(record, format: chosenFormat)
        let toStandardOutput = output == nil || output == "-"
        do {
            try ExportOutput.write(Array(bytes), to: output)
        } catch {
            printError("attend: \(record.id) is kept in the store (employees/\(saved.id).json, revision \(saved.revision)), but --output could not be written: \(error); write it out with `attend letter show --employee \(saved.id) --letter \(record.id) --output FILE` (do not write it again)")
            throw ExitCode(outputFailedStatus)
        }
        let report: (String) -> Void = toStandardOutput ? { printError($0) } : { print($0) }
        report("Wrote \(record.id) (\(record.title)) and kept it in employees/\(saved.id).json, revision \(saved.revision).")
        if !files.paths.isEmpty { report("Copies: \(files.paths.joined(separator: ", "))") }
        if let problem = files.problem { printError("attend: warning: \(problem)") }
        if let output, output != "-" { report("Written to \(output) (\(chosenFormat.rawValue)).") }
        report(LetterKeeping.checklistText(record).trimmingCharacters(in: .newlines))
    }
}

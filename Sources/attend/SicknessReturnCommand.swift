import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend sickness return`: close the ongoing sickness absence.
struct SicknessReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return", abstract: "Record a return to work: the last day absent is the day before --on.",
        discussion: """
            With --worked-fraction the employee came back part way through --on: that day is a
            part day of the absence with that fraction worked.
              attend sickness return --employee e42 --on 2026-11-25
            """)

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The day back at work.", valueName: "date")) var on: String
    @Option(name: .customLong("worked-fraction"), help: ArgumentHelp("Fraction of the return day worked (0 to <1).", valueName: "f")) var workedFraction: Double?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let back = try Parsing.day(on, option: "--on")
        guard let index = document.absences.firstIndex(where: { $0.type == .sickness && $0.end == nil }) else {
            // A return already recorded for this day is an earlier run that did save.
            let closed = document.absences.filter { $0.type == .sickness && $0.end != nil }.max { $0.start < $1.start }
            if let closed, document.history.last(where: { $0.action == "sickness.return" })?.summary == "returned \(back.iso) (\(closed.id))" {
                throw BadInput(RepeatOptions.message("the return on \(back.ukDisplay)", existing: closed.id, in: document, canRepeat: false))
            }
            throw BadInput("\(document.name) (\(document.id)) is not off sick: there is no ongoing sickness absence to close; nothing was saved")
        }
        let open = document.absences[index]
        if back > context.today {
            throw BadInput("--on \(back.iso) is in the future (today is \(context.today.iso)); record the return on or after the day it happens")
        }
        if let f = workedFraction, !(0..<1).contains(f) {
            throw BadInput("--worked-fraction \(f) is out of range; expected a fraction from 0 up to (not including) 1")
        }
        let last = workedFraction == nil ? back.previous : back
        guard last >= open.start else {
            throw BadInput("--on \(back.iso) is not after the first day of absence \(open.start.iso); the return must come after the absence started")
        }
        let closed = AbsenceRecord(id: open.id, type: open.type, start: open.start, end: last,
                                   firstDayWorkedFraction: open.firstDayWorkedFraction, lastDayWorkedFraction: workedFraction,
                                   related: open.related, reason: open.reason, certificate: open.certificate,
                                   fitNoteFrom: open.fitNoteFrom, hrDecision: open.hrDecision)
        document.absences.remove(at: index)
        let problems = document.problems(adding: closed, today: context.today)
        if !problems.isEmpty { throw BadInput("cannot record the return; nothing was saved:\n  " + problems.joined(separator: "\n  ")) }
        document.absences.insert(closed, at: index)
        let saved = try context.save(document, action: "sickness.return", summary: "returned \(back.iso) (\(open.id))")
        let (evaluation, duties, script) = try context.assess(saved, on: context.today)
        if json {
            try JSONOutput.print(EvaluationJSON(evaluation, duties: duties, script: script))
            return
        }
        print("Recorded: \(document.name) back on \(back.ukDisplay); absent \(open.start.ukDisplay)–\(last.ukDisplay) (\(open.start.days(to: last) + 1) calendar days).")
        EvaluationPrinter.print(evaluation, duties: duties, script: script, today: context.today)
    }
}

import Foundation
import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend fitnote add`: record a fit note received.
struct FitNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fitnote", abstract: "Record fit notes received.", subcommands: [FitNoteAddCommand.self, FitNoteEditCommand.self, FitNoteVoidCommand.self])
}

/// `attend fitnote add`.
struct FitNoteAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a fit note for a sickness absence (the dates it covers and any 'may be fit' advice).")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The absence (default: the ongoing or latest sickness).", valueName: "id")) var absence: String?
    @Option(help: ArgumentHelp("First day covered.", valueName: "date")) var from: String
    @Option(help: ArgumentHelp("Last day covered.", valueName: "date")) var to: String
    @Option(help: ArgumentHelp("Day received (default: today).", valueName: "date")) var received: String?
    @Flag(name: .customLong("may-be-fit"), help: "The note says 'may be fit for work' with adjustments.") var mayBeFit = false
    @Option(help: ArgumentHelp("The suggested adjustments.", valueName: "text")) var adjustments: String?
    @Flag(help: "Print the saved fit note as JSON.") var json = false
    @OptionGroup var repeatOptions: RepeatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(adjustments, option: "--adjustments", limit: TextRules.noteLimit, multiline: true)
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let start = try Parsing.day(from, option: "--from")
        let end = try Parsing.day(to, option: "--to")
        guard end >= start else { throw BadInput("--to \(end.iso) is before --from \(start.iso)") }
        let day = try received.map { try Parsing.day($0, option: "--received") } ?? context.today
        if day > context.today { throw BadInput("--received \(day.iso) is in the future") }
        let target = try SicknessTarget.absence(document, id: absence, purpose: "for a fit note")
        if let previous = document.fitNotes.filter({ $0.absenceId == target.id }).map(\.to).max(), start > previous.next {
            printError("attend: warning: a gap between fit notes (\(previous.next.iso) to \(start.previous.iso)); some policies require them to run on with no gaps")
        }
        let same = document.fitNotes.first { $0.absenceId == target.id && $0.from == start && $0.to == end && $0.received == day && $0.mayBeFit == mayBeFit && $0.adjustments == adjustments }
        try repeatOptions.refuse("the same fit note", existing: same?.id, in: document)
        let id = StoreContext.newId("fn", existing: document.fitNotes.map(\.id))
        document.fitNotes.append(FitNoteRecord(id: id, absenceId: target.id, from: start, to: end, received: day, mayBeFit: mayBeFit, adjustments: adjustments))
        if let index = document.absences.firstIndex(where: { $0.id == target.id }), document.absences[index].certificate != .fitNote {
            let a = document.absences[index]
            document.absences[index] = AbsenceRecord(id: a.id, type: a.type, start: a.start, end: a.end, firstDayWorkedFraction: a.firstDayWorkedFraction,
                                                     lastDayWorkedFraction: a.lastDayWorkedFraction, related: a.related, reason: a.reason,
                                                     certificate: .fitNote, fitNoteFrom: a.fitNoteFrom ?? start, hrDecision: a.hrDecision)
        }
        try context.save(document, action: "fitnote.add", summary: "fit note \(id) for \(target.id)")
        if json, let saved = document.fitNotes.last {
            var shown = saved
            shown.adjustments = PrivateText.held(shown.adjustments)
            try JSONOutput.print(shown)
            return
        }
        print("Recorded fit note \(id) for \(document.name): \(start.ukDisplay)–\(end.ukDisplay)\(mayBeFit ? ", may be fit with adjustments" : "").")
    }
}

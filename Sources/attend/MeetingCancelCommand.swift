import AttendanceStore
import ArgumentParser

/// `attend meeting cancel`: calls a meeting off with a reason; the cancellation is an `.ics`
/// with `METHOD:CANCEL`, the same UID and SEQUENCE + 1 (RFC 5546 §3.2.5).
struct MeetingCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a meeting, with a reason; --ics writes the cancellation for calendars.")

    @OptionGroup var correction: CorrectionOptions
    @Option(help: ArgumentHelp("Write the cancellation (.ics, METHOD:CANCEL) here (- for standard output).", valueName: "file")) var ics: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let reason = try correction.checkedReason()
        let context = try storeOptions.load()
        var document = try context.employee(correction.employee)
        let index = try MeetingChange.index(document, id: correction.id)
        document.meetings[index].cancelled = true
        document.meetings[index].sequence += 1
        let meeting = document.meetings[index]
        let saved = try context.save(document, action: "meeting.cancel", summary: "cancelled \(meeting.id) at \(meeting.at.iso)", reason: reason)
        print("Cancelled meeting \(meeting.id) for \(saved.name) at \(meeting.at.ukDisplay).")
        try MeetingChange.writeInvitation(context, saved, meeting, to: ics)
    }
}

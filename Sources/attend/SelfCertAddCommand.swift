import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend selfcert add`: a self-certificate was handed in for a sickness absence on a day; the
/// self-certificate duty (NUL16-CERT-1 [002:1129], NUL08 [002:1726], CAF-CERT-1 [004:145]) is
/// done from that day, in every view of the duties.
struct SelfCertAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a self-certificate as received for a sickness absence.")

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The sickness absence it covers (default: the latest).", valueName: "id")) var absence: String?
    @Option(help: ArgumentHelp("The day it was received (default: today).", valueName: "date")) var received: String?
    @Flag(help: "Print the saved record as JSON.") var json = false
    @OptionGroup var repeatOptions: RepeatOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let day = try received.map { try Parsing.day($0, option: "--received") } ?? context.today
        if day > context.today { throw BadInput("--received \(day.iso) is in the future (today is \(context.today.iso)); nothing was saved") }
        let target = try SicknessTarget.absence(document, id: absence, purpose: "for a self-certificate")
        if day < target.start { throw BadInput("--received \(day.iso) is before absence \(target.id) starts (\(target.start.iso)); nothing was saved") }
        let same = document.selfCertificates.first { $0.absenceId == target.id && $0.received == day }
        try repeatOptions.refuse("the same self-certificate", existing: same?.id, in: document)
        let id = StoreContext.newId("sc", existing: document.selfCertificates.map(\.id))
        let record = SelfCertificateRecord(id: id, absenceId: target.id, received: day)
        document.selfCertificates.append(record)
        let saved = try context.save(document, action: "self-certificate.add", summary: "self-certificate \(id) received \(day.iso) for \(target.id)")
        if json { try JSONOutput.print(record); return }
        print("Recorded self-certificate \(id) for \(saved.name), received \(day.ukDisplay), for absence \(target.id).")
        let duty = try context.duties(saved, forAbsence: target.id, on: context.today).first { $0.id == "self-certificate" }
        if let duty { print("  Self-certificate duty: \(duty.status.rawValue).") }
    }
}

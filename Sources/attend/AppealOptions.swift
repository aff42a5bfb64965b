import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `--appeal-lodged`, `--appeal-heard` and `--appeal-result`, for recording an appeal with a
/// new outcome, updating it as it goes (`stage record --record`) and correcting it (`stage
/// edit`): the same checks each time.
struct AppealOptions: ParsableArguments {
    @Option(name: .customLong("appeal-lodged"), help: ArgumentHelp("Appeal lodged on (none: no appeal was lodged).", valueName: "date")) var appealLodged: String?
    @Option(name: .customLong("appeal-heard"), help: ArgumentHelp("Appeal heard on, or none.", valueName: "date")) var appealHeard: String?
    @Option(name: .customLong("appeal-result"), help: ArgumentHelp("upheld, dismissed, varied or pending.", valueName: "result")) var appealResult: String?

    var given: Bool { appealLodged != nil || appealHeard != nil || appealResult != nil }

    /// The appeal once these options apply over `old`: lodged on or after the decision, heard
    /// on or after it was lodged, neither in the future; `--appeal-lodged none` removes it.
    func appeal(over old: AppealRecord?, decidedOn day: CalendarDay, today: CalendarDay) throws -> AppealRecord? {
        if appealLodged == "none" {
            if appealHeard != nil || appealResult != nil { throw refused("--appeal-lodged none removes the appeal; leave out --appeal-heard and --appeal-result") }
            return nil
        }
        if let appealResult, !["upheld", "dismissed", "varied", "pending"].contains(appealResult) {
            throw refused("--appeal-result '\(appealResult)' is not allowed; expected upheld, dismissed, varied or pending")
        }
        let lodged = try Parsing.optionalDay(appealLodged, option: "--appeal-lodged") ?? old?.lodged
        let heard = try appealHeard.map { $0 == "none" ? nil : try Parsing.day($0, option: "--appeal-heard") } ?? old?.heard
        let result = appealResult.map { $0 == "pending" ? nil : $0 } ?? old?.result
        guard let lodged else {
            if heard != nil || result != nil { throw refused("no appeal is recorded on this outcome: give --appeal-lodged DATE too") }
            return nil
        }
        if lodged < day { throw refused("--appeal-lodged \(lodged.iso) is before the decision on \(day.iso)") }
        if let heard, heard < lodged { throw refused("--appeal-heard \(heard.iso) is before the appeal was lodged (\(lodged.iso))") }
        for (option, date) in [("--appeal-lodged", lodged), ("--appeal-heard", heard)] {
            if let date, date > today { throw refused("\(option) \(date.iso) is in the future (today is \(today.iso)); record it once it has happened") }
        }
        return AppealRecord(lodged: lodged, heard: heard, result: result)
    }

    /// Bad input that says nothing was saved (it is checked before any save).
    private func refused(_ text: String) -> BadInput { BadInput(text + "; nothing was saved") }
}

import AttendanceRules
import ArgumentParser

/// `attend workdays`: count or add organisation working days (Monday to Friday less bank holidays).
struct WorkdaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workdays",
        abstract: "Count organisation working days between two dates, or add working days to a date.",
        discussion: """
            Organisation working days are Monday to Friday less the nation's bank holidays.
              attend workdays --from 2026-12-21 --to 2027-01-04           # both ends included
              attend workdays --from 2026-12-17 --add 5 --nation scotland # the date 5 working days later
            """)

    @Option(help: ArgumentHelp("First day (YYYY-MM-DD).", valueName: "date")) var from: String
    @Option(help: ArgumentHelp("Last day, included (YYYY-MM-DD).", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("Working days to add to --from (negative goes back).", valueName: "n")) var add: Int?
    @Option(help: ArgumentHelp("england-and-wales, scotland or northern-ireland.", valueName: "nation")) var nation: String = Nation.englandAndWales.id
    @OptionGroup var data: DataOptions

    func run() throws {
        let start = try Parsing.day(from, option: "--from")
        let nation = try Parsing.nation(nation)
        let calendar = WorkingCalendar.organisation(nation: nation, holidays: try data.holidays())
        switch (to, add) {
        case (let to?, nil):
            let end = try Parsing.day(to, option: "--to")
            guard end >= start else { throw BadInput("--to \(end.iso) is before --from \(start.iso); give the later date as --to") }
            print(calendar.workingDays(from: start, through: end))
        case (nil, let n?):
            print(calendar.adding(workingDays: n, to: start).iso)
        default:
            throw BadInput("give exactly one of --to DATE (count working days) or --add N (add working days)")
        }
    }
}

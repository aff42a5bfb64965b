import AttendanceRules
import ArgumentParser

/// `attend bank-holidays`: list a nation's bank holidays for a year and where they come from.
struct BankHolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank-holidays",
        abstract: "List a nation's bank holidays for a year (official file or computed by the statutory rules).")

    @Option(help: ArgumentHelp("The year.", valueName: "yyyy")) var year: Int
    @Option(help: ArgumentHelp("england-and-wales, scotland or northern-ireland.", valueName: "nation")) var nation: String = Nation.englandAndWales.id
    @OptionGroup var data: DataOptions

    func run() throws {
        guard (1900...2200).contains(year) else { throw BadInput("--year \(year) is out of range; expected 1900 to 2200") }
        let nation = try Parsing.nation(nation)
        let calendar = try data.holidays()
        for holiday in calendar.holidays(in: year, nation: nation) {
            let origin: String
            switch holiday.origin {
            case .official(let source): origin = "official (\(source))"
            case .computed: origin = "computed"
            }
            print("\(holiday.date.iso)  \(holiday.date.weekday.id)  \(holiday.title)\(holiday.isSubstitute ? " (substitute day)" : "")  [\(origin)]")
        }
    }
}

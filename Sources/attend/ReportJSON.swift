import AttendanceReports
import AttendanceRules

/// `attend report --json`: stable field names (docs/cli.md); rates are fractions.
struct ReportJSON: Encodable {
    struct Group: Encodable {
        let key: String, name: String, people: Int, fte: Double
        let workingDaysAvailable: Int, workingDaysLost: Int, absenceRate: Double?, daysLostPerFTE: Double?
        let shortTermDaysLost: Int, longTermDaysLost: Int, spells: Int
        let monthlyDaysLost: [Int], monthlyAbsenceRate: [Double?]
        let duties: ReportDutyFigures

        init(_ g: ReportGroupFigures) {
            key = g.key; name = g.name; people = g.people; fte = g.fte
            workingDaysAvailable = g.workingDaysAvailable; workingDaysLost = g.workingDaysLost
            absenceRate = g.absenceRate.map { OrganisationReportTables.rounded($0, 4) }
            daysLostPerFTE = g.daysLostPerFTE.map { OrganisationReportTables.rounded($0, 2) }
            shortTermDaysLost = g.shortTermDaysLost; longTermDaysLost = g.longTermDaysLost; spells = g.spells
            monthlyDaysLost = g.monthlyDaysLost; monthlyAbsenceRate = g.monthlyRates.map { $0.map { OrganisationReportTables.rounded($0, 4) } }
            duties = g.duties
        }
    }
    let from: String, to: String, months: [String], minimumGroupSize: Int
    let organisation: Group, teams: [Group], managers: [Group]
    let reasons: [ReportReasonFigures]
    let weekdayStarts: [[Int]], spells: Int, spellsNextToHolidayOrLeave: Int
    let cases: ReportCases

    init(_ r: OrganisationReport) {
        from = r.from.iso; to = r.to.iso; months = r.months.map { String($0.iso.prefix(7)) }; minimumGroupSize = r.minimumGroupSize
        organisation = Group(r.organisation); teams = r.teams.map(Group.init); managers = r.managers.map(Group.init)
        reasons = r.reasons; weekdayStarts = r.weekdayStarts; spells = r.spells; spellsNextToHolidayOrLeave = r.spellsNextToHolidayOrLeave
        cases = r.cases
    }
}

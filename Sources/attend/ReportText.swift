import AttendanceReports
import AttendanceRules

/// `attend report` as text: the organisation's summary, then the `--by` table, with the
/// monthly trend as a sparkline (the figures are always printed beside it).
enum ReportText {

    /// The monthly rates as one character each (blank for a month with nothing available).
    static func sparkline(_ rates: [Double?]) -> String { Sparkline.of(rates) }

    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "–" }
        return String(format: "%.1f%%", rate * 100)
    }

    static func render(_ report: OrganisationReport, table: CSVTable, by: String) -> String {
        let o = report.organisation
        var out = ["\(o.name): \(report.from.ukDisplay) to \(report.to.ukDisplay)",
                   "  \(Plural.of(o.people, "person", "people")), \(String(format: "%.1f", o.fte)) FTE; \(o.workingDaysLost) of \(o.workingDaysAvailable) working days lost to sickness (\(percent(o.absenceRate))), \(o.daysLostPerFTE.map { String(format: "%.1f", $0) } ?? "–") days per FTE",
                   "  short term \(o.shortTermDaysLost) days, long term \(o.longTermDaysLost) days; \(Plural.of(o.spells, "spell")), \(report.spellsNextToHolidayOrLeave) next to a bank holiday or leave",
                   "  trend by month \(sparkline(o.monthlyRates))", ""]
        switch by {
        case "team", "manager":
            let groups = by == "team" ? report.teams : report.managers
            out.append(TextTable(headers: [by == "team" ? "TEAM" : "MANAGER", "PEOPLE", "FTE", "LOST", "AVAILABLE", "RATE", "PER FTE", "SHORT", "LONG", "TREND"],
                                 rows: groups.map { g in
                                     [g.name, String(g.people), String(format: "%.1f", g.fte), String(g.workingDaysLost), String(g.workingDaysAvailable),
                                      percent(g.absenceRate), g.daysLostPerFTE.map { String(format: "%.1f", $0) } ?? "–",
                                      String(g.shortTermDaysLost), String(g.longTermDaysLost), sparkline(g.monthlyRates)]
                                 }).render())
        case "month":
            out.append(TextTable(headers: ["MONTH", "LOST", "AVAILABLE", "RATE"], rows: report.months.indices.map { i in
                [String(report.months[i].iso.prefix(7)), String(o.monthlyDaysLost[i]), String(o.monthlyDaysAvailable[i]), percent(o.monthlyRates[i])]
            }).render())
        case "reason":
            let fewer = "fewer than \(report.minimumGroupSize) people"
            out.append(TextTable(headers: ["REASON", "DAYS LOST", "SPELLS"], rows: report.reasons.map { r in
                [r.label, r.workingDaysLost.map(String.init) ?? fewer, r.spells.map(String.init) ?? fewer]
            }).render())
            out.append("Reasons are health data: a figure is shown only for at least \(report.minimumGroupSize) people, and never with names.")
        default:
            out.append(TextTable(headers: ["MONTH", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], rows: table.rows.map { $0.map(\.rendered) }).render())
            out.append("Sickness spells starting on each weekday.")
        }
        return out.joined(separator: "\n")
    }
}

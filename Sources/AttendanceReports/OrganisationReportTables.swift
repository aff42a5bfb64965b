import AttendanceRules

/// The report's tables, one per `--by`, as CSV rows (the text and JSON outputs show the same
/// figures). Rates are fractions (0.0415), as a spreadsheet formats them.
public enum OrganisationReportTables {
    public static func groups(_ groups: [ReportGroupFigures]) -> CSVTable {
        CSVTable(header: ["key", "name", "people", "fte", "working_days_available", "working_days_lost", "absence_rate",
                          "days_lost_per_fte", "short_term_days_lost", "long_term_days_lost", "spells"],
                 rows: groups.map { g in
                     [.text(g.key), .text(g.name), .integer(g.people), .decimal(g.fte), .integer(g.workingDaysAvailable), .integer(g.workingDaysLost),
                      g.absenceRate.map { .decimal(rounded($0, 4)) } ?? .empty, g.daysLostPerFTE.map { .decimal(rounded($0, 2)) } ?? .empty,
                      .integer(g.shortTermDaysLost), .integer(g.longTermDaysLost), .integer(g.spells)]
                 })
    }

    public static func months(_ report: OrganisationReport) -> CSVTable {
        let g = report.organisation
        return CSVTable(header: ["month", "working_days_available", "working_days_lost", "absence_rate"],
                        rows: report.months.enumerated().map { i, month in
                            [.text(String(month.iso.prefix(7))), .integer(g.monthlyDaysAvailable[i]), .integer(g.monthlyDaysLost[i]),
                             g.monthlyRates[i].map { .decimal(rounded($0, 4)) } ?? .empty]
                        })
    }

    public static func reasons(_ report: OrganisationReport) -> CSVTable {
        CSVTable(header: ["reason", "label", "working_days_lost", "spells", "suppressed"],
                 rows: report.reasons.map { r in
                     [.text(r.reason), .text(r.label), r.workingDaysLost.map { .integer($0) } ?? .text("fewer than \(report.minimumGroupSize)"),
                      r.spells.map { .integer($0) } ?? .text("fewer than \(report.minimumGroupSize)"), .text(r.suppressed ? "yes" : "no")]
                 })
    }

    public static func weekdays(_ report: OrganisationReport) -> CSVTable {
        CSVTable(header: ["month", "mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                 rows: report.months.enumerated().map { i, month in [.text(String(month.iso.prefix(7)))] + report.weekdayStarts[i].map { .integer($0) } })
    }

    public static func rounded(_ value: Double, _ places: Int) -> Double {
        let scale = Double([1, 10, 100, 1000, 10000][max(0, min(4, places))])
        return (value * scale).rounded() / scale
    }
}

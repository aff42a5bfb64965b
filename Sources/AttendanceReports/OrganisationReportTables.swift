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

    /// Duties kept per group (the organisation first, then `groups`): due, on time, late, not
    /// done and the on-time share of each duty, and the meetings' notice checks.
    public static func duties(_ report: OrganisationReport, groups: [ReportGroupFigures]) -> CSVTable {
        var header = ["key", "name"]
        for prefix in ["rtw_interviews", "contacts", "fit_notes"] {
            header += ["due", "on_time", "late", "not_done", "on_time_share"].map { "\(prefix)_\($0)" }
        }
        header += ["meetings", "meetings_passed_checks", "meetings_overridden"]
        return CSVTable(header: header, rows: ([report.organisation] + groups).map { g in
            let d = g.duties
            var row: [CSVCell] = [.text(g.key), .text(g.name)]
            for count in [d.returnToWorkInterviews, d.contacts, d.fitNotes] {
                row += [.integer(count.due), .integer(count.onTime), .integer(count.late), .integer(count.notDone),
                        count.onTimeShare.map { .decimal(rounded($0, 4)) } ?? .empty]
            }
            return row + [.integer(d.meetings), .integer(d.meetingsPassedChecks), .integer(d.meetingsOverridden)]
        })
    }

    /// Triggers and cases on the last day, one row per count: `section` is `trigger`,
    /// `bradford`, `stage` or `warnings`.
    public static func cases(_ report: OrganisationReport) -> CSVTable {
        let c = report.cases
        func rows(_ section: String, _ counts: [ReportCount]) -> [[CSVCell]] {
            counts.map { [.text(section), .text($0.policy), .text($0.key), .text($0.label), .integer($0.people)] }
        }
        return CSVTable(header: ["section", "policy", "key", "label", "people"],
                        rows: rows("trigger", c.triggers) + rows("bradford", c.bradfordBands) + rows("stage", c.stages) + [
                            [.text("warnings"), .empty, .text("live"), .text("Warnings live"), .integer(c.warningsLive)],
                            [.text("warnings"), .empty, .text("lapsing"), .text("Warnings lapsing within \(ReportCases.lapsingWithinDays) days"),
                             .integer(c.warningsLapsingSoon)],
                        ])
    }

    /// Open long-term cases on the last day, oldest first, with the next milestone. No reasons.
    public static func longTerm(_ report: OrganisationReport, teamName: (String?) -> String) -> CSVTable {
        CSVTable(header: ["employee_id", "name", "team", "start", "calendar_days", "working_days", "next_milestone", "next_milestone_on", "source"],
                 rows: report.cases.longTerm.map { c in
                     [.text(c.employeeId), .text(c.name), .text(teamName(c.teamId)), .date(c.start), .integer(c.calendarDays), .integer(c.workingDays),
                      c.nextMilestone.map { .text($0) } ?? .empty, c.nextMilestoneOn.map { .date($0) } ?? .empty,
                      c.nextMilestoneSource.map { .text($0) } ?? .empty]
                 })
    }

    public static func rounded(_ value: Double, _ places: Int) -> Double {
        let scale = Double([1, 10, 100, 1000, 10000][max(0, min(4, places))])
        return (value * scale).rounded() / scale
    }
}

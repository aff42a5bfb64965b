import AttendanceReports
import AttendanceRules

/// `attend report` as text: the organisation's summary, then the `--by` table, with the
/// monthly trend as a sparkline (the figures are always printed beside it).
enum ReportText {


    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "–" }
        return String(format: "%.1f%%", rate * 100)
    }

    /// "4 of 5 (80%), 1 late" for a duty count; "none due" when none fell due.
    static func kept(_ count: ReportDutyCount) -> String {
        guard count.due > 0 else { return "none due" }
        var text = "\(count.onTime) of \(count.due) (\(percent(count.onTimeShare)))"
        if count.late > 0 { text += ", \(count.late) late" }
        if count.notDone > 0 { text += ", \(count.notDone) not done" }
        return text
    }

    static func dutyLines(_ d: ReportDutyFigures) -> [String] {
        ["  duties kept: return-to-work interviews \(kept(d.returnToWorkInterviews)); contacts \(kept(d.contacts)); fit notes \(kept(d.fitNotes))",
         "  meetings \(d.meetings): \(d.meetingsPassedChecks) passed their notice checks, \(d.meetingsOverridden) overridden with a reason"]
    }

    static func caseLines(_ c: ReportCases) -> [String] {
        let atTriggers = c.triggers.filter { $0.people > 0 }.map { "\($0.label): \($0.people)" }
        let stages = c.stages.map { "\($0.label): \($0.people)" }
        return ["  on \(c.on.ukDisplay): at a trigger: \(atTriggers.isEmpty ? "nobody" : atTriggers.joined(separator: "; "))",
                "  open cases: \(stages.isEmpty ? "none" : stages.joined(separator: ", ")); warnings live \(c.warningsLive), lapsing within \(ReportCases.lapsingWithinDays) days \(c.warningsLapsingSoon); long-term cases \(c.longTerm.count)"]
    }

    static func render(_ report: OrganisationReport, table: CSVTable, by: String, ascii: Bool = false, teamName: (String?) -> String) -> String {
        func sparkline(_ rates: [Double?]) -> String { Sparkline.of(rates, ascii: ascii) }
        let o = report.organisation
        var out = ["\(o.name): \(report.from.ukDisplay) to \(report.to.ukDisplay)",
                   "  \(Plural.of(o.people, "person", "people")), \(String(format: "%.1f", o.fte)) FTE; \(o.workingDaysLost) of \(o.workingDaysAvailable) working days lost to sickness (\(percent(o.absenceRate))), \(o.daysLostPerFTE.map { String(format: "%.1f", $0) } ?? "–") days per FTE",
                   "  short term \(o.shortTermDaysLost) days, long term \(o.longTermDaysLost) days; \(Plural.of(o.spells, "spell")), \(report.spellsNextToHolidayOrLeave) next to a bank holiday or leave",
                   "  trend by month \(sparkline(o.monthlyRates))"]
        out += dutyLines(o.duties) + caseLines(report.cases) + [""]
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
        case "duties":
            out.append(TextTable(headers: ["TEAM", "INTERVIEWS ON TIME", "CONTACTS ON TIME", "FIT NOTES ON TIME", "MEETINGS", "OVERRIDDEN"],
                                 rows: ([o] + report.teams).map { g in
                                     [g.name, kept(g.duties.returnToWorkInterviews), kept(g.duties.contacts), kept(g.duties.fitNotes),
                                      String(g.duties.meetings), String(g.duties.meetingsOverridden)]
                                 }).render())
        case "cases":
            out.append(TextTable(headers: ["SECTION", "POLICY", "WHAT", "PEOPLE"], rows: table.rows.map { row in
                [row[0].rendered, row[1].rendered, row[3].rendered, row[4].rendered]
            }).render())
        case "long-term":
            if report.cases.longTerm.isEmpty {
                out.append("No open long-term cases on \(report.to.ukDisplay).")
            } else {
                out.append(TextTable(headers: ["NAME", "TEAM", "SINCE", "DAYS", "WORKING DAYS", "NEXT MILESTONE"],
                                     rows: report.cases.longTerm.map { c in
                                         [c.name, teamName(c.teamId), c.start.ukDisplay, String(c.calendarDays), String(c.workingDays),
                                          c.nextMilestoneOn.map { "\($0.ukDisplay) \(c.nextMilestone ?? "")" } ?? "none left"]
                                     }).render())
            }
        default:
            out.append(TextTable(headers: ["MONTH", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], rows: table.rows.map { $0.map(\.rendered) }).render())
            out.append("Sickness spells starting on each weekday.")
        }
        return out.joined(separator: "\n")
    }
}

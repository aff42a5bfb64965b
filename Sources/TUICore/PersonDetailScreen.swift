import AttendanceRules
import AttendanceStore

/// One person in detail: a header (team, pattern, FTE, nation, policy); the figures with what
/// counted and why, the triggers and warnings; the open duties of the latest spell and the
/// next step with its reasons. Two panes side by side from 120 columns, stacked below that.
public enum PersonDetailScreen {
    public static let hints: [KeyHint] = [
        KeyHint("Tab ←→", "pane"),
        KeyHint("↑↓ k j", "scroll"),
        KeyHint("PgUp PgDn", "page"),
        KeyHint("g G", "top, bottom"),
        KeyHint("Enter", "stage timeline"),
        KeyHint("h", "the history of this person"),
        KeyHint("v", "view the latest interview record"),
    ]

    /// Columns from which the panes sit side by side.
    public static let sideBySideWidth = 120
    /// Rows of the header above the panes.
    static let headerRows = 2

    // MARK: - Reducer

    static func reduce(_ state: inout AppState, _ key: KeyEvent) {
        guard let row = state.selectedRow, let summary = PersonSummary(data: state.data, id: row.id) else { return }
        var d = resolved(state.detail, summary)
        let rects = layout(TimelineScreen.area(state))
        let focused = d.pane == .figures ? rects.figures : rects.duties
        let page = max(1, ScrollPane.textHeight(focused) - 1)
        var scroll = d.scroll(d.pane)
        if key == .character("v") {
            let opened = InterviewRecordFlow.open(data: state.data, employeeId: row.id)
            state.flow = opened.flow.map(ActiveFlow.interviewRecord)
            state.message = opened.message
            return
        }
        switch key {
        case .tab, .backTab: d.pane = d.pane.other
        case .left: d.pane = .figures
        case .right, .character("l"): d.pane = .duties
        case .up, .character("k"): scroll -= 1
        case .down, .character("j"): scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .home, .character("g"): scroll = 0
        case .end, .character("G"): scroll = Int.max / 2
        case .enter: state.screen = .timeline
        default: break
        }
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end, .character("k"), .character("j"), .character("g"), .character("G"):
            d.setScroll(d.pane, scroll)
        default: break
        }
        state.detail = d
        clamp(&state)
    }

    /// The two panes' lines as drawn at the current size (for search), or nil with nobody shown.
    static func paneLines(_ state: AppState) -> (figures: [PaneLine], duties: [PaneLine])? {
        guard let row = state.selectedRow, let summary = PersonSummary(data: state.data, id: row.id) else { return nil }
        let rects = layout(TimelineScreen.area(state))
        return (figuresLines(summary, width: ScrollPane.textWidth(rects.figures)), dutiesLines(summary, width: ScrollPane.textWidth(rects.duties)))
    }

    /// Keeps each pane's scroll within its lines.
    static func clamp(_ state: inout AppState) {
        guard let (figures, duties) = paneLines(state) else { return }
        let rects = layout(TimelineScreen.area(state))
        var d = state.detail
        for pane in PersonDetailPane.allCases {
            let rect = pane == .figures ? rects.figures : rects.duties
            let lines = pane == .figures ? figures : duties
            d.setScroll(pane, max(0, min(d.scroll(pane), ScrollPane.maxScroll(lines: lines.count, height: ScrollPane.textHeight(rect)))))
        }
        state.detail = d
    }

    /// The stored state when it belongs to this person, else both panes at the top.
    static func resolved(_ stored: PersonDetailState, _ summary: PersonSummary) -> PersonDetailState {
        var d = stored
        if d.personId != summary.employee.id {
            d.personId = summary.employee.id
            d.figuresScroll = 0
            d.dutiesScroll = 0
        }
        return d
    }

    // MARK: - Layout

    /// The header and the two panes: side by side from `sideBySideWidth` columns, else stacked.
    static func layout(_ area: Rect) -> (header: Rect, figures: Rect, duties: Rect) {
        let header = Rect(x: area.x, y: area.y, width: area.width, height: min(headerRows, area.height))
        let top = area.y + header.height
        let height = area.height - header.height
        if area.width >= sideBySideWidth {
            let left = area.width / 2
            return (header, Rect(x: area.x, y: top, width: left, height: height),
                    Rect(x: area.x + left, y: top, width: area.width - left, height: height))
        }
        let upper = (height + 1) / 2
        return (header, Rect(x: area.x, y: top, width: area.width, height: upper),
                Rect(x: area.x, y: top + upper, width: area.width, height: height - upper))
    }

    // MARK: - Status

    static func status(_ state: AppState) -> String {
        guard let row = state.selectedRow else { return "Nobody selected: pick someone on the roster." }
        guard let summary = PersonSummary(data: state.data, id: row.id) else { return "\(row.name): no policy loaded for them." }
        let open = summary.openDuties
        let overdue = open.filter { $0.status == .overdue }.count
        let duties = open.isEmpty ? "no open duties" : "\(open.count) open dut\(open.count == 1 ? "y" : "ies")\(overdue > 0 ? ", \(overdue) overdue" : "")"
        return "\(row.name) · \(row.figure) · \(duties) · next: \(summary.evaluation.nextStep.title)"
    }

    // MARK: - Drawing

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        guard let row = state.selectedRow, let summary = PersonSummary(data: state.data, id: row.id) else {
            buffer.drawBox(area, title: "Person")
            buffer.put("Nobody selected: pick someone on the roster (1).", x: area.x + 2, y: area.y + 1, style: .dim, maxX: area.maxX - 1)
            return
        }
        let d = resolved(state.detail, summary)
        let rects = layout(area)
        drawHeader(summary, team: state.data.teamName(summary.employee.teamId), status: row.status, into: &buffer, rect: rects.header)
        let figures = figuresLines(summary, width: ScrollPane.textWidth(rects.figures))
        ScrollPane.draw(figures, title: "Figures: what counted and why", scroll: d.figuresScroll, focused: d.pane == .figures,
                        into: &buffer, rect: rects.figures)
        let duties = dutiesLines(summary, width: ScrollPane.textWidth(rects.duties))
        ScrollPane.draw(duties, title: "Duties and next step", scroll: d.dutiesScroll, focused: d.pane == .duties,
                        into: &buffer, rect: rects.duties)
    }

    static func drawHeader(_ s: PersonSummary, team: String, status: EmployeeStatus, into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.height > 0 else { return }
        let maxX = rect.maxX - 1
        var x = buffer.put(s.employee.name, x: rect.x + 1, y: rect.y, style: .bold, maxX: maxX)
        x = buffer.put(" · \(team) · ", x: x, y: rect.y, maxX: maxX)
        let statusStyle: Style
        switch status {
        case .offSick: statusStyle = Style(foreground: .red, attributes: .bold)
        case .backInterviewDue: statusStyle = Style(foreground: .yellow, attributes: .bold)
        case .onLeave: statusStyle = Style(foreground: .cyan)
        case .atWork: statusStyle = .plain
        case .left: statusStyle = .dim
        }
        buffer.put(TextWidth.truncate(status.text, to: max(0, maxX - x)), x: x, y: rect.y, style: statusStyle, maxX: maxX)
        guard rect.height > 1 else { return }
        let line = "\(s.patternText) · FTE \(TriggerEvaluator.format(s.employee.fte)) · \(s.nation.name) · Policy \(s.policy.citationKey) (\(s.policy.id)): \(s.policy.name)"
        buffer.put(TextWidth.truncate(line, to: rect.width - 2), x: rect.x + 1, y: rect.y + 1, style: .dim)
    }

    // MARK: - The figures pane

    /// The figures with the explanation of what counted and why, the triggers, patterns and warnings.
    static func figuresLines(_ s: PersonSummary, width: Int) -> [PaneLine] {
        let f = s.evaluation.figures
        var lines: [PaneLine] = []
        func heading(_ text: String) {
            if !lines.isEmpty { lines.append(.blank) }
            lines += PaneLine.paragraph(text, width: width, style: .bold)
        }
        // The headline figure and how it is made up.
        if let bradford = f.bradford, let rule = s.policy.bradford {
            let unit = rule.dayUnit == .calendarDays ? "calendar" : "working"
            let days = TriggerEvaluator.format(f.bradfordDays ?? 0)
            lines += PaneLine.paragraph(
                "Bradford score \(TriggerEvaluator.format(bradford)) = \(f.occasions) × \(f.occasions) × \(days): spells × spells × \(unit) days counted (\(rule.source)).",
                width: width, style: .bold)
            if f.bradfordPartTimeUnresolved {
                lines += PaneLine.paragraph("Part time, and the policy sets no Bradford part-time method (AMB-06): days are taken as counted. Ask HR before acting on the score.",
                                            width: width, style: Style(foreground: .yellow), lead: "! ")
            } else if let method = rule.partTimeMethod, method != .none,
                      AbsenceCounter(policy: s.policy, calendar: s.calendar).isPartTime(s.record) {
                lines += PaneLine.paragraph("Part time: \(partTimeText(method, fte: s.record.fte)).", width: width, lead: "  ")
            }
        } else {
            lines += PaneLine.paragraph("\(f.occasions) occasion\(f.occasions == 1 ? "" : "s"), \(Plural.of(f.workingDays, "working day")), \(Plural.of(f.calendarDays, "calendar day")) (this policy does not use the Bradford Factor).",
                                        width: width, style: .bold)
        }
        lines += PaneLine.paragraph(
            "Window \(f.windowStart.ukDisplay)–\(f.asOf.ukDisplay) (\(s.policy.window.length.text), \(s.policy.window.source)): \(f.occasions) spell\(f.occasions == 1 ? "" : "s") counted, \(Plural.of(f.calendarDays, "calendar day")), \(Plural.of(f.workingDays, "working day")).",
            width: width)

        heading("Spells touching the window")
        if f.spells.isEmpty {
            lines += PaneLine.paragraph("No sickness in the window.", width: width, style: .dim, lead: "  ")
        }
        for spell in f.spells {
            let length = spell.lengthCalendarDays
            let dates = spell.ongoing ? "\(spell.start.ukDisplay)– (ongoing, \(Plural.of(length, "day")))"
                : "\(spell.start.ukDisplay)–\(spell.end.ukDisplay) (\(length) day\(length == 1 ? "" : "s"))"
            let counted = spell.countsAsOccasion
                ? "counted \(spell.countedCalendarDays) calendar / \(spell.countedWorkingDays) working day\(spell.countedWorkingDays == 1 ? "" : "s")"
                : "not counted as an occasion"
            let records = s.employee.absences.filter { spell.recordIds.contains($0.id) }
            var about = records.compactMap { $0.reason?.name.lowercased() }
            about += records.compactMap { $0.related?.label }
            if spell.hasFitNote { about.append("fit note") }
            var unique: [String] = []
            for a in about where !unique.contains(a) { unique.append(a) }
            let aboutText = unique.isEmpty ? "" : " · \(unique.joined(separator: ", "))"
            lines += PaneLine.paragraph("\(dates): \(counted)\(aboutText)", width: width,
                                        style: spell.countsAsOccasion ? .plain : .dim, lead: "• ")
            for e in spell.excluded {
                lines += PaneLine.paragraph("\(e.days) day\(e.days == 1 ? "" : "s") not counted: \(e.reason.text)", width: width,
                                            style: .dim, lead: "    – ")
            }
            for call in s.employee.sicknessCalls where spell.recordIds.contains(call.absenceId) {
                lines += PaneLine.paragraph(call.recorded.prefix(1).uppercased() + call.recorded.dropFirst(), width: width,
                                            style: call.flags.isEmpty ? .plain : Style(foreground: .yellow), lead: "    ☎ ")
            }
            if !spell.needsHRAdvice.isEmpty {
                lines += PaneLine.paragraph("HR advice first: \(spell.needsHRAdvice.map(\.label).joined(separator: ", ")) (AMB-46)",
                                            width: width, style: Style(foreground: .yellow, attributes: .bold), lead: "    ! ")
            }
        }

        heading("Triggers")
        for t in s.evaluation.triggers {
            lines += PaneLine.paragraph("\(t.label): \(t.explanation) (\(t.source))", width: width, lead: " ",
                                        prefix: t.hit ? "HIT" : " - ",
                                        prefixStyle: t.hit ? Style(foreground: .yellow, attributes: [.bold, .reverse]) : .dim)
        }
        let patterns = s.evaluation.patterns.observations
        if !patterns.isEmpty {
            heading("Patterns to discuss (never a trigger on their own)")
            for p in patterns { lines += PaneLine.paragraph(p, width: width, lead: "• ") }
        }

        heading("Warnings")
        if s.evaluation.warnings.isEmpty {
            lines += PaneLine.paragraph("No warnings on file.", width: width, style: .dim, lead: "  ")
        }
        for w in s.evaluation.warnings.reversed() {
            let score = w.warning.scoreAtIssue.map { " (score \(TriggerEvaluator.format($0)))" } ?? ""
            let lapse = w.lapses.map { w.live ? "lapses \($0.ukDisplay)" : "lapsed \($0.ukDisplay)" } ?? "validity to be entered (AMB-26)"
            lines += PaneLine.paragraph("\(w.name), issued \(w.warning.issued.ukDisplay)\(score): \(lapse) (\(w.source))", width: width,
                                        style: w.live ? .plain : .dim, lead: " ", prefix: w.live ? "LIVE" : "lapsed",
                                        prefixStyle: w.live ? Style(foreground: .magenta, attributes: [.bold, .reverse]) : .dim)
        }
        return lines
    }

    static func partTimeText(_ method: BradfordPartTimeMethod, fte: Double) -> String {
        switch method {
        case .none: "no adjustment"
        case .countScheduledDaysOnly: "only scheduled working days are counted"
        case .scaleDaysByFTE: "days scaled by FTE \(TriggerEvaluator.format(fte))"
        case .scaleThresholdsByFTE: "trigger points scaled by FTE \(TriggerEvaluator.format(fte))"
        }
    }

    // MARK: - The duties pane

    /// The duties of the latest spell (most urgent first), then the next step: HR advice first,
    /// the reasons, and what must be in place before it.
    static func dutiesLines(_ s: PersonSummary, width: Int) -> [PaneLine] {
        var lines: [PaneLine] = []
        func heading(_ text: String, _ style: Style = .bold) {
            if !lines.isEmpty { lines.append(.blank) }
            lines += PaneLine.paragraph(text, width: width, style: style)
        }
        if s.latestSpell != nil {
            // The latest spell first, then each earlier spell with a duty still open (D-67).
            let groups = Array(s.spellDuties.reversed())
            if groups.isEmpty {
                let spell = s.latestSpell
                let dates = spell.map { $0.ongoing ? "from \($0.start.ukDisplay), ongoing" : "\($0.start.ukDisplay)–\($0.end.ukDisplay)" } ?? ""
                heading("Duties for the latest spell (\(dates)): 0 open")
                lines += PaneLine.paragraph("The policy sets no duties for this spell.", width: width, style: .dim, lead: "  ")
            }
            for (index, group) in groups.enumerated() {
                let spell = group.spell
                let open = group.open
                let overdue = open.filter { $0.status == .overdue }.count
                let dates = spell.ongoing ? "from \(spell.start.ukDisplay), ongoing" : "\(spell.start.ukDisplay)–\(spell.end.ukDisplay)"
                let name = index == 0 ? "Duties for the latest spell" : "Duties still open for the spell"
                heading("\(name) (\(dates)): \(open.count) open\(overdue > 0 ? ", \(overdue) overdue" : "")")
                for duty in PersonSummary.sorted(group.duties, today: s.today) {
                    let due = duty.due.map { "\(duty.status == .done ? "was due" : "due") \($0.ukDisplay)" } ?? "no date set"
                    let text = "\(duty.title) — \(duty.owner), \(due)\(duty.detail.map { "; \($0)" } ?? "") (\(duty.source))"
                    let (tag, style) = dutyTag(duty.status)
                    lines += PaneLine.paragraph(text, width: width, style: duty.status == .done || duty.status == .notNeeded ? .dim : .plain,
                                                lead: " ", prefix: tag, prefixStyle: style)
                }
            }
        } else {
            heading("Duties")
            lines += PaneLine.paragraph("No sickness in the window: no duties open.", width: width, style: .dim, lead: "  ")
        }

        let next = s.evaluation.nextStep
        heading("Next step: \(next.title)")
        if !next.hrAdviceFirst.isEmpty {
            lines += PaneLine.paragraph("HR advice first:", width: width, style: Style(foreground: .yellow, attributes: .bold))
            for h in next.hrAdviceFirst {
                lines += PaneLine.paragraph(h, width: width, style: Style(foreground: .yellow), lead: "  ! ")
            }
        }
        if !next.reasons.isEmpty {
            lines += PaneLine.paragraph("Why:", width: width, style: .underline)
            for r in next.reasons { lines += PaneLine.paragraph(r, width: width, lead: "  • ") }
        }
        if !next.preconditions.isEmpty {
            lines += PaneLine.paragraph("Before the step:", width: width, style: .underline)
            for p in next.preconditions { lines += PaneLine.paragraph("\(p.text) (\(p.source))", width: width, lead: "  • ") }
        }
        return lines
    }

    static func dutyTag(_ status: DutyStatus) -> (String, Style) {
        switch status {
        case .overdue: ("OVERDUE", Style(foreground: .red, attributes: [.bold, .reverse]))
        case .due: ("DUE", Style(foreground: .yellow, attributes: .bold))
        case .upcoming: ("UPCOMING", Style(foreground: .cyan, attributes: .bold))
        case .done: ("done", Style(foreground: .green, attributes: .dim))
        case .notNeeded: ("not needed", .dim)
        }
    }
}

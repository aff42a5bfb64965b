import AttendanceRules
import AttendanceStore

/// The stage timeline of one person: its items in time order and the stretch of time the
/// axis shows (24 months back from the start of this month to a few months ahead, further
/// when a meeting, lapse or review end lies later, up to 15 months ahead).
public struct TimelineModel: Sendable {
    public let summary: PersonSummary
    /// Every item that touches the axis, ordered by start day, then lane.
    public let items: [TimelineItem]
    /// The first and last day on the axis.
    public let rangeStart: CalendarDay
    public let rangeEnd: CalendarDay

    /// Months shown before the current month.
    public static let monthsBack = 24
    /// Months shown after today at least, and at most.
    public static let monthsAheadMinimum = 3
    public static let monthsAheadMaximum = 15

    /// The timeline of the person in `summary`, reusing `cache` when it was made from the same facts.
    public init(summary: PersonSummary, cache: TimelineCache? = nil) {
        self.summary = summary
        if let cache, cache.matches(summary) {
            items = cache.items
            rangeStart = cache.rangeStart
            rangeEnd = cache.rangeEnd
            return
        }
        let today = summary.today
        let thisMonth = CalendarDay(year: today.year, month: today.month, day: 1) ?? today
        let start = thisMonth.adding(months: -Self.monthsBack)
        var all: [TimelineItem] = []
        all += Self.absences(summary, from: start)
        all += Self.triggerHits(summary, from: start)
        all += Self.meetings(summary)
        all += Self.stageItems(summary)
        all += Self.warnings(summary)
        let latest = all.map(\.last).filter { $0 > today }.max() ?? today
        let endDay = min(max(latest, today.adding(months: Self.monthsAheadMinimum)), today.adding(months: Self.monthsAheadMaximum))
        let end = CalendarDay(year: endDay.year, month: endDay.month, day: CalendarDay.daysInMonth(year: endDay.year, month: endDay.month)) ?? endDay
        rangeStart = start
        rangeEnd = end
        items = all.filter { $0.last >= start && $0.start <= end }
            .enumerated()
            .sorted { ($0.element.start, $0.element.lane, $0.offset) < ($1.element.start, $1.element.lane, $1.offset) }
            .map(\.element)
    }

    /// The timeline of employee `id`, or nil when there is no such employee or policy.
    public init?(data: AppData, id: String, cache: TimelineCache? = nil) {
        guard let summary = PersonSummary(data: data, id: id) else { return nil }
        self.init(summary: summary, cache: cache)
    }

    /// The items to keep for the next key or frame.
    public var cache: TimelineCache {
        TimelineCache(employee: summary.employee, policy: summary.policy, today: summary.today, items: items,
                      rangeStart: rangeStart, rangeEnd: rangeEnd)
    }

    /// Days on the axis.
    public var totalDays: Int { rangeStart.days(to: rangeEnd) + 1 }

    /// The axis column (0 ..< width) of a day, clamped to the axis.
    public func column(of day: CalendarDay, width: Int) -> Int {
        guard width > 0 else { return 0 }
        let offset = rangeStart.days(to: day)
        return max(0, min(width - 1, offset * width / totalDays))
    }

    /// The item to select when the screen opens: the highest live warning, else the current
    /// sickness, else the latest item (not leave) up to today.
    public var defaultIndex: Int {
        guard !items.isEmpty else { return 0 }
        let today = summary.today
        if let i = items.lastIndex(where: { $0.lane == .warning && $0.active }) {
            return i
        }
        if let i = items.lastIndex(where: { $0.lane == .absence && $0.glyph == Self.sicknessGlyph && $0.active }) {
            return i
        }
        if let i = items.lastIndex(where: { $0.start <= today && !($0.lane == .absence && $0.glyph == Self.leaveGlyph) }) { return i }
        return items.lastIndex { $0.start <= today } ?? 0
    }

    /// The item in the next lane up (`step` -1) or down (+1) that has items, nearest in time
    /// to item `index`; nil when there is no such lane.
    public func index(movingLane step: Int, from index: Int) -> Int? {
        guard items.indices.contains(index) else { return nil }
        let current = items[index]
        var lane = current.lane.rawValue + step
        while let candidate = TimelineLane(rawValue: lane) {
            let inLane = items.indices.filter { items[$0].lane == candidate }
            if let best = inLane.min(by: { a, b in
                abs(items[a].start.days(to: current.start)) < abs(items[b].start.days(to: current.start))
            }) {
                return best
            }
            lane += step
        }
        return nil
    }

    // MARK: - Building the items

    static let sicknessGlyph = "█"
    static let leaveGlyph = "░"

    static func absences(_ s: PersonSummary, from start: CalendarDay) -> [TimelineItem] {
        let today = s.today
        return s.employee.absences.filter { $0.lastDay(asOf: today) >= start && $0.start <= today.adding(months: monthsAheadMaximum) }.map { a in
            let last = a.end ?? max(a.start, today)
            let days = a.start.days(to: last) + 1
            let range = a.end == nil ? "since \(a.start.ukDisplay) (ongoing, \(days) day\(days == 1 ? "" : "s") so far)"
                : "\(a.start.ukDisplay)–\(last.ukDisplay) (\(days) day\(days == 1 ? "" : "s"))"
            var details: [String] = []
            if a.firstDayWorkedFraction != nil || a.lastDayWorkedFraction != nil {
                let parts = [a.firstDayWorkedFraction.map { "\(percent($0)) of the first day worked" },
                             a.lastDayWorkedFraction.map { "\(percent($0)) of the last day worked" }].compactMap { $0 }
                details.append("Part day: \(parts.joined(separator: "; ")).")
            }
            guard a.type == .sickness else {
                details.insert("Not sickness: it does not count towards the trigger points\(a.type == .annualLeave ? ", and annual leave breaks a sickness spell (AMB-04)" : "") (\(a.type.source)).", at: 0)
                return TimelineItem(lane: .absence, start: a.start, end: last, glyph: leaveGlyph, title: "\(a.type.label) \(range)",
                                    details: details, style: Style(foreground: .cyan, attributes: .dim), active: a.start <= today && last >= today,
                                    record: RecordReference(.absence, a.id))
            }
            var facts: [String] = []
            if let reason = a.reason { facts.append("reason: \(reason.name.lowercased())") }
            if let related = a.related { facts.append(related.label) }
            switch a.certificate {
            case .none: facts.append("no certificate recorded")
            case .selfCertificate: facts.append("self-certificate")
            case .fitNote: facts.append("fit note\(a.fitNoteFrom.map { " from \($0.ukDisplay)" } ?? "")")
            }
            details.insert(capitalised(facts.joined(separator: " · ")) + ".", at: 0)
            if let spell = s.evaluation.figures.spells.first(where: { $0.recordIds.contains(a.id) }) {
                var text = spell.countsAsOccasion
                    ? "In the window (from \(s.evaluation.figures.windowStart.ukDisplay)): counted \(spell.countedCalendarDays) calendar / \(spell.countedWorkingDays) working day\(spell.countedWorkingDays == 1 ? "" : "s"); counts as an occasion."
                    : "In the window (from \(s.evaluation.figures.windowStart.ukDisplay)): not counted as an occasion."
                if spell.recordIds.count > 1 { text += " Part of a spell \(spell.start.ukDisplay)–\(spell.end.ukDisplay) of \(spell.recordIds.count) records." }
                details.append(text)
                for e in spell.excluded { details.append("\(e.days) day\(e.days == 1 ? "" : "s") not counted: \(e.reason.text).") }
                if !spell.needsHRAdvice.isEmpty {
                    details.append("HR advice first: \(spell.needsHRAdvice.map(\.label).joined(separator: ", ")) absence.")
                }
            } else {
                details.append("Before the current window (from \(s.evaluation.figures.windowStart.ukDisplay)): no longer counted.")
            }
            if let decision = a.hrDecision {
                details.append("HR decided it \(decision.counts ? "counts" : "does not count") (\(decision.decidedBy), \(decision.decidedOn.ukDisplay)).")
            }
            for note in s.employee.fitNotes.filter({ $0.absenceId == a.id }).sorted(by: { $0.from < $1.from }) {
                details.append("Fit note \(note.from.ukDisplay)–\(note.to.ukDisplay), received \(note.received.ukDisplay)\(note.mayBeFit ? ", may be fit for work with adjustments" : "").")
            }
            let contacts = s.employee.contacts.filter { $0.absenceId == a.id }.map(\.on).sorted()
            if let lastContact = contacts.last {
                details.append("\(contacts.count) contact\(contacts.count == 1 ? "" : "s") recorded, the last on \(lastContact.ukDisplay).")
            }
            if let interview = s.employee.interviews.first(where: { $0.absenceId == a.id }) {
                details.append(interview.status == .signedOff
                    ? "Return-to-work interview held \(interview.heldOn.ukDisplay) and signed off."
                    : "Return-to-work interview started \(interview.heldOn.ukDisplay): a draft, not yet signed off.")
            } else if a.end != nil {
                details.append("No return-to-work interview recorded.")
            }
            return TimelineItem(lane: .absence, start: a.start, end: last, glyph: sicknessGlyph, label: a.end == nil ? "off sick" : "",
                                title: "Sickness \(range)", details: details, style: Style(foreground: .red, attributes: .bold),
                                active: a.start <= today && last >= today, record: RecordReference(.absence, a.id))
        }
    }

    /// The days triggers were first hit: each sickness record is checked the day before it
    /// began and on its last day; a trigger hit at the end but not before was first hit in
    /// between, on the day a binary search finds (figures only grow during a spell).
    static func triggerHits(_ s: PersonSummary, from start: CalendarDay) -> [TimelineItem] {
        let today = s.today
        var out: [TimelineItem] = []
        let records = s.employee.absences.filter { $0.type == .sickness && $0.start <= today && $0.lastDay(asOf: today) >= start }
            .sorted { $0.start < $1.start }
        var seen: Set<String> = []
        for record in records {
            let last = min(record.lastDay(asOf: today), today)
            let before = Set(s.triggers(on: record.start.previous).triggers.filter(\.hit).map(\.id))
            let after = s.triggers(on: last).triggers.filter(\.hit)
            for trigger in after where !before.contains(trigger.id) {
                var lo = record.start, hi = last
                while lo < hi {
                    let mid = lo.adding(days: lo.days(to: hi) / 2)
                    if s.triggers(on: mid).triggers.contains(where: { $0.id == trigger.id && $0.hit }) { hi = mid } else { lo = mid.next }
                }
                guard !seen.contains("\(trigger.id)@\(lo.dayNumber)") else { continue }
                seen.insert("\(trigger.id)@\(lo.dayNumber)")
                let atHit = s.triggers(on: lo).triggers.first { $0.id == trigger.id } ?? trigger
                let now = s.evaluation.triggers.first { $0.id == trigger.id }
                let value = TriggerEvaluator.format(atHit.value)
                var details = ["On \(lo.ukDisplay): \(atHit.explanation) (\(atHit.source))."]
                if let now {
                    details.append(now.hit ? "Today: still hit. \(now.explanation)." : "Today: no longer hit. \(now.explanation).")
                }
                details.append("A trigger opens a review; it never applies a sanction by itself (NUL16 s20.5 [002:1239]).")
                out.append(TimelineItem(
                    lane: .trigger, start: lo, glyph: "▲", label: "\(RosterScreen.badge(trigger.id)) \(value)",
                    title: "\(trigger.label): first hit \(lo.ukDisplay), \(value)", details: details,
                    style: Style(foreground: .yellow, attributes: now?.hit == true ? .bold : [])))
            }
        }
        return out
    }

    static func meetings(_ s: PersonSummary) -> [TimelineItem] {
        s.employee.meetings.map { m in
            let rule = s.policy.meeting(m.kind)
            let name = rule?.name ?? m.kind
            let when = "\(m.at.day.weekday.name.prefix(3)) \(m.at.ukDisplay)"
            let state: String
            if m.cancelled {
                state = "cancelled"
            } else if m.at.day > s.today {
                let days = s.today.days(to: m.at.day)
                state = "booked, in \(days) day\(days == 1 ? "" : "s")"
            } else if m.at.day == s.today {
                state = "today"
            } else {
                state = "past"
            }
            var details = ["\(name) (\(m.kind)), \(m.durationMinutes) minutes, \(m.place)."]
            details.append("Notice given \(m.noticeGiven.ukDisplay) by \(m.delivery.rawValue).")
            if let reason = m.overrideReason { details.append("Booked although a notice check failed: \(reason).") }
            if let outcome = s.employee.stages.first(where: { $0.meetingId == m.id }) {
                details.append("Outcome recorded \(outcome.decidedOn.ukDisplay): \(outcomeText(outcome, policy: s.policy)).")
            }
            if let accompaniment = rule?.accompaniment { details.append("Right to be accompanied: \(accompaniment.text) (\(accompaniment.source)).") }
            if let rule { details.append("Source: \(rule.source).") }
            let style: Style = m.cancelled ? .dim : (m.at.day >= s.today ? Style(foreground: .green, attributes: .bold) : .plain)
            return TimelineItem(lane: .meeting, start: m.at.day, glyph: m.cancelled ? "◇" : "◆", label: m.kind,
                                title: "\(name) \(when), \(state)", details: details, style: style, record: RecordReference(.meeting, m.id))
        }
    }

    /// Outcomes, review periods and appeals from the stage records.
    static func stageItems(_ s: PersonSummary) -> [TimelineItem] {
        var out: [TimelineItem] = []
        for record in s.employee.stages {
            let stage = s.policy.stage(record.stage)
            let stageName = stage?.name ?? record.stage
            var details = ["\(stageName): \(outcomeText(record, policy: s.policy)), decided \(record.decidedOn.ukDisplay)."]
            if let meeting = s.employee.meetings.first(where: { $0.id == record.meetingId }) {
                details.append("At the meeting on \(meeting.at.ukDisplay) (\(meeting.kind)).")
            }
            if let warning = record.warning {
                details.append("Warning issued \(warning.issued.ukDisplay)\(warning.scoreAtIssue.map { " with a Bradford score of \(TriggerEvaluator.format($0))" } ?? "")\(warning.validity.map { ", valid for \($0.text) (entered)" } ?? "").")
            }
            if let end = record.reviewPeriodEnd { details.append("Review period to \(end.ukDisplay).") }
            if let appeal = record.appeal {
                details.append("Appeal lodged \(appeal.lodged.ukDisplay)\(appeal.heard.map { ", heard \($0.ukDisplay)" } ?? "")\(appeal.result.map { ": \($0)" } ?? ", pending").")
            }
            if let stage { details.append("Source: \(stage.source).") }
            out.append(TimelineItem(
                lane: .outcome, start: record.decidedOn, glyph: "●", label: "\(record.stage) \(record.outcome.rawValue)",
                title: "\(stageName): \(outcomeText(record, policy: s.policy)), \(record.decidedOn.ukDisplay)", details: details,
                style: record.outcome == .warning || record.outcome == .dismissal ? Style(foreground: .magenta, attributes: .bold) : .bold,
                record: RecordReference(.stage, record.id)))

            if let end = record.reviewPeriodEnd {
                let running = record.decidedOn <= s.today && s.today <= end
                var review = [running ? "Running: \(s.today.days(to: end)) day\(s.today.days(to: end) == 1 ? "" : "s") left, to \(end.ukDisplay)."
                              : end < s.today ? "Ended \(end.ukDisplay)." : "Starts \(record.decidedOn.ukDisplay)."]
                if let rule = stage?.reviewPeriod {
                    let range = [rule.minimum.map { "at least \($0.text)" }, rule.maximum.map { "at most \($0.text)" }].compactMap { $0 }.joined(separator: ", ")
                    review.append("The policy's review period: \(range.isEmpty ? "not specified" : range) (\(rule.source)).")
                }
                let reviewKind = "\(record.stage)-review"
                for meeting in s.employee.meetings where meeting.kind == reviewKind && !meeting.cancelled {
                    review.append("Review meeting \(meeting.at.ukDisplay)\(meeting.at.day > s.today ? " (booked)" : "").")
                }
                out.append(TimelineItem(
                    lane: .review, start: record.decidedOn, end: max(end, record.decidedOn), glyph: "═",
                    label: "\(running ? "review to" : "review ended") \(end.ukDisplay)",
                    title: "\(stageName) review period \(record.decidedOn.ukDisplay)–\(end.ukDisplay)\(running ? ", running" : "")",
                    details: review, style: running ? Style(foreground: .cyan, attributes: .bold) : .dim, active: running,
                    record: RecordReference(.stage, record.id)))
            }
            if let appeal = record.appeal {
                let last = appeal.heard ?? max(appeal.lodged, s.today)
                var text = ["Against the \(stageName) outcome of \(record.decidedOn.ukDisplay)."]
                text.append("Lodged \(appeal.lodged.ukDisplay); \(appeal.heard.map { "heard \($0.ukDisplay)" } ?? "not yet heard").")
                text.append("Result: \(appeal.result ?? "pending").")
                for meeting in s.employee.meetings where meeting.kind.contains("appeal") && meeting.at.day >= appeal.lodged && meeting.at.day <= last {
                    text.append("Hearing \(meeting.at.ukDisplay) (\(meeting.kind)), \(meeting.place).")
                }
                out.append(TimelineItem(
                    lane: .appeal, start: appeal.lodged, end: last, glyph: "╌", label: "appeal \(appeal.result ?? "pending")",
                    title: "Appeal against \(stageName), lodged \(appeal.lodged.ukDisplay): \(appeal.result ?? "pending")",
                    details: text, style: appeal.result == nil ? .bold : .plain, endCap: "┤", active: appeal.result == nil,
                    record: RecordReference(.stage, record.id)))
            }
        }
        return out
    }

    static func warnings(_ s: PersonSummary) -> [TimelineItem] {
        s.evaluation.warnings.map { w in
            let issued = w.warning.issued
            let status = w.live ? "live" : (issued > s.today ? "not yet issued" : "lapsed")
            var details: [String] = []
            details.append("Issued \(issued.ukDisplay)\(w.warning.scoreAtIssue.map { " with a Bradford score of \(TriggerEvaluator.format($0))" } ?? "").")
            if let lapses = w.lapses {
                let days = s.today.days(to: lapses)
                details.append(w.live ? "Live: lapses \(lapses.ukDisplay), in \(days) day\(days == 1 ? "" : "s") (\(w.source))."
                                      : "Lapsed \(lapses.ukDisplay) (\(w.source)).")
                let validity = w.warning.validity ?? s.policy.stage(w.warning.stage)?.warning?.validity
                if let validity {
                    details.append("Valid for \(validity.text) from the issue date\(w.warning.validity != nil ? " (entered with the warning, AMB-26)" : "") (AMB-12).")
                }
            } else {
                details.append("Live until a validity is entered: the policy gives none (AMB-26) (\(w.source)).")
            }
            if w.live, let rule = s.policy.stage(w.warning.stage)?.onAbsenceWhileWarningLive {
                details.append(rule == .nextStage ? "Further absence while it is live may lead to the next stage."
                                                  : "Further absence while it is live leads to a review meeting.")
            }
            let end = w.lapses.map { max(issued, $0.previous) } ?? max(issued, s.today)
            let label = w.lapses.map { w.live ? "lapses \($0.ukDisplay)" : "lapsed \($0.ukDisplay)" } ?? "validity to be entered"
            return TimelineItem(
                lane: .warning, start: issued, end: end, glyph: w.live ? "━" : "─", label: label,
                title: "\(w.name) \(issued.ukDisplay)–\(w.lapses?.ukDisplay ?? "?"), \(status)", details: details,
                style: w.live ? Style(foreground: .magenta, attributes: .bold) : .dim,
                endCap: w.lapses == nil ? "▶" : (w.live ? "┫" : "┤"), active: w.live,
                record: s.employee.stages.first { $0.warning == w.warning }.map { RecordReference(.stage, $0.id) })
        }
    }

    static func outcomeText(_ record: StageRecord, policy: PolicyProfile) -> String {
        switch record.outcome {
        case .warning: record.warning.map { policy.stage($0.stage)?.warning?.name ?? "warning" } ?? "warning"
        case .noWarning: "no warning"
        case .noFurtherAction: "no further action"
        case .extendReview: "review period extended"
        case .dismissal: "dismissal"
        case .redeployment: "redeployment"
        }
    }

    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }

    /// `text` with its first letter in upper case.
    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

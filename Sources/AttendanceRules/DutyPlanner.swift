/// The duties and deadlines a sickness spell starts under a policy: certificates, contact,
/// the return-to-work interview, occupational health prompts and long-term milestones.
public struct DutyPlanner: Sendable {
    public let policy: PolicyProfile
    /// The employee's own calendar (for "20 working days" of absence, AMB-01, and their first
    /// day back at work).
    public let employeeCalendar: WorkingCalendar
    /// The organisation calendar (for deadlines such as "within 5 working days of return").
    public let organisationCalendar: WorkingCalendar

    /// How far ahead upcoming duties and milestones are listed: four weeks, a manager's
    /// planning horizon (a display choice of attend, not a policy number).
    public static let horizonDays = 28

    public init(policy: PolicyProfile, employeeCalendar: WorkingCalendar, organisationCalendar: WorkingCalendar) {
        self.policy = policy
        self.employeeCalendar = employeeCalendar
        self.organisationCalendar = organisationCalendar
    }

    /// The duties of an employee's spells on `asOf`: every spell of `figures` with a duty
    /// still open, and the latest spell that has duties at all (with those done), oldest first.
    /// A later spell never hides an earlier one's duties (a part day that did not count after
    /// a week off leaves that week's interview and self-certificate in place).
    public func duties(for employee: EmployeeRecord, figures: AbsenceFigures,
                       facts: (SpellFigures) -> AbsenceFacts, asOf: CalendarDay) -> [SpellDuties] {
        let leave = employee.absences.filter { $0.type == .annualLeave }
        var all: [SpellDuties] = []
        for spell in figures.spells {
            let ids = Set(spell.recordIds)
            let records = employee.absences.filter { ids.contains($0.id) }
            let duties = duties(spell: spell, records: records, leave: leave, facts: facts(spell), asOf: asOf)
            if !duties.isEmpty { all.append(SpellDuties(spell: spell, duties: duties)) }
        }
        let latest = all.indices.last
        return all.indices.filter { $0 == latest || !all[$0].open.isEmpty }.map { all[$0] }
    }

    /// The employee's first day back at work after a spell that ended on `end`: their next
    /// working day on their own pattern, after any bank holiday and annual leave that follow
    /// the absence ("immediately on their return to work" NUL16 s9.1 [002:1129]; "during the
    /// first day back" s17.1 [002:1187]; "the day of return" NUL08 s7.1 [002:1692]; "the first
    /// day of their return to work" NOTTS [001:22]; "upon return to work" CAF s2.1.10 [004:151]).
    /// The same whatever non-working days the record's end takes in (D-58).
    public func firstDayBack(after end: CalendarDay, returnedThatDay: Bool = false, leave: [AbsenceRecord]) -> CalendarDay {
        if returnedThatDay { return end }
        var day = end.next
        // A pattern always has a working day, so a year is more than enough; the bound only
        // keeps a damaged record from looping.
        for _ in 0..<400 {
            let onLeave = leave.contains { $0.start <= day && day <= ($0.end ?? day) }
            if !onLeave, employeeCalendar.isWorkingDay(day) { return day }
            day = day.next
        }
        return end.next
    }

    /// Duties for one spell as they stand on `asOf`: `records` are the spell's own, `leave`
    /// the employee's annual leave (for the first day back). Facts dated after `asOf` are
    /// not yet known. Day numbering: the first day of absence is day 1 (AMB-37), so "day 8"
    /// is `start + 7`.
    public func duties(spell: SpellFigures, records: [AbsenceRecord], leave: [AbsenceRecord] = [],
                       facts allFacts: AbsenceFacts, asOf: CalendarDay) -> [Duty] {
        let facts = allFacts.known(on: asOf)
        let start = spell.start
        let end: CalendarDay? = spell.ongoing ? nil : spell.end
        var out: [Duty] = []
        let lastDay = min(end ?? asOf, asOf)
        let length = start.days(to: lastDay) + 1
        let backOn = end.map { firstDayBack(after: $0, returnedThatDay: spell.returnedDuringLastDay, leave: leave) }
        func day(_ n: Int) -> CalendarDay { start.adding(days: n - 1) }
        func status(due: CalendarDay?, done: Bool) -> DutyStatus {
            if done { return .done }
            guard let due else { return .due }
            if asOf > due { return .overdue }
            return asOf == due ? .due : .upcoming
        }
        let fitNoteFromStart = records.contains { $0.certificate == .fitNote && ($0.fitNoteFrom ?? $0.start) <= start }
            || facts.fitNotes.contains { $0.from <= start }

        if let rule = policy.certification.selfCertificate, length >= rule.fromCalendarDays {
            let notNeeded = rule.notNeededIfFitNoteFromFirstDay && fitNoteFromStart
            let due: CalendarDay? = rule.due == "onReturn" ? backOn : day(rule.fromCalendarDays)
            let done = facts.selfCertificateReceived || facts.selfCertificateReceivedOn != nil
                || records.contains { $0.certificate == .selfCertificate }
            let detail: String
            if notNeeded {
                detail = "a fit note covers the absence from the first day"
            } else if rule.due == "onReturn" {
                detail = backOn.map { "due on return to work (\($0.ukDisplay))" } ?? "due on return to work"
            } else {
                detail = "due as soon as possible"
            }
            out.append(Duty(
                id: "self-certificate", title: "Self-certificate covering days 1 to \(rule.throughCalendarDay)", owner: "employee",
                due: due, status: notNeeded ? .notNeeded : (due == nil && !done ? .upcoming : status(due: due, done: done)),
                detail: detail, source: rule.source))
        }
        if let rule = policy.certification.fitNote {
            out += fitNoteDuties(rule, spell: spell, records: records, facts: facts, asOf: asOf, length: length, day: day)
        }
        if let n = policy.contact.employeeContactOnCalendarDay, length >= n || (end == nil && asOf >= day(n - 1)) {
            let due = day(n)
            out.append(Duty(
                id: "contact-day-\(n)", title: "Employee contacts the manager on day \(n) with details and likely length",
                owner: "employee", due: due, status: status(due: due, done: facts.contacts.contains { $0 >= due }),
                detail: nil, source: policy.contact.employeeContactSource ?? policy.citationKey))
        }
        if let every = policy.contact.atLeastEveryCalendarDays, end == nil {
            let last = ([start] + facts.contacts.filter { $0 >= start }).max() ?? start
            let due = last.adding(days: every)
            out.append(Duty(
                id: "contact-weekly", title: "Contact at least every \(Plural.of(every, "day")) (both ways)", owner: "manager",
                due: due, status: status(due: due, done: false),
                detail: "last contact \(last.ukDisplay)", source: policy.contact.regularContactSource ?? policy.citationKey))
        }
        if let backOn {
            let rtw = policy.returnToWork
            // NUL08: "all cases of sickness absence" [002:1690]; whether the absence counts
            // towards triggers decides the formal procedure [002:1674], not the interview.
            let required: Bool
            if spell.countsAsOccasion {
                required = true
            } else if spell.onlyUncountedPartDays {
                required = rtw.requiredForUncountedPartDay
            } else {
                required = rtw.requiredForExcludedAbsence ?? true
            }
            if required, records.contains(where: { rtw.requiredAfter.contains($0.type) }) {
                let deadline = rtw.hardMaxWorkingDays.map { organisationCalendar.adding(workingDays: $0, to: backOn) }
                let held = facts.rtwHeldOn
                let st: DutyStatus
                if held != nil {
                    st = .done
                } else if let deadline {
                    st = asOf > deadline ? .overdue : (asOf >= backOn ? .due : .upcoming)
                } else {
                    st = asOf > backOn ? .overdue : (asOf == backOn ? .due : .upcoming)
                }
                let detail = deadline.map { "first day back \(backOn.ukDisplay); must be held by \($0.ukDisplay) (\(rtw.hardMaxWorkingDays ?? 0) working days)" }
                    ?? "usually on the first day back (\(backOn.ukDisplay)); overdue after that"
                out.append(Duty(id: "rtw-interview", title: "Return-to-work interview", owner: "manager",
                                due: deadline ?? backOn, status: st,
                                detail: held.map { "held \($0.ukDisplay)" } ?? detail, source: rtw.source))
            }
        }
        // Referral prompts belong to a live absence and the return-to-work interview just after it.
        let recent = end == nil || backOn.map { asOf <= $0.adding(days: 7) } ?? false
        if let oh = policy.occupationalHealth, recent {
            let referred = facts.occupationalHealthReferredOn != nil
            if let after = oh.afterSpell, let reached = reachDay(start: start, after: after, comparator: oh.afterSpellComparator ?? .atLeast),
               reached <= lastDay || (end == nil && reached <= asOf.adding(days: Self.horizonDays)) {
                out.append(Duty(id: "oh-referral", title: "Occupational health referral (absence \(oh.afterSpellComparator == .moreThan ? "more than " : "")\(after.text))",
                                owner: "manager", due: reached, status: status(due: reached, done: referred),
                                detail: nil, source: oh.afterSpellSource ?? policy.citationKey))
            }
            let reasons = Set(records.compactMap(\.reason)).intersection(oh.reasonCategories)
            if !reasons.isEmpty {
                out.append(Duty(id: "oh-referral-reason", title: "Consider an early occupational health referral (\(reasons.map(\.rawValue).sorted().joined(separator: ", ")))",
                                owner: "manager", due: start, status: referred ? .done : .due,
                                detail: nil, source: oh.reasonSource ?? policy.citationKey))
            }
        }
        if let longTerm = policy.longTerm, end == nil {
            for milestone in longTerm.milestones {
                let comparator = milestone.comparator ?? (milestone.kind == "from" ? .moreThan : .atLeast)
                guard let date = reachDay(start: start, after: milestone.after, comparator: comparator),
                      date <= asOf.adding(days: Self.horizonDays) else { continue }
                let st: DutyStatus
                switch milestone.kind {
                case "by": st = asOf > date ? .overdue : .due
                default: st = asOf >= date ? .due : .upcoming
                }
                out.append(Duty(id: "milestone:\(milestone.id)", title: milestone.label, owner: "manager", due: date,
                                status: st, detail: "\(milestone.after.text) from \(start.ukDisplay)", source: milestone.source))
            }
        }
        if end == nil, let evidence = policy.medicalEvidence, let latest = facts.latestMedicalEvidence,
           let expires = evidence.maxAge.calendarEnd(from: latest) {
            out.append(Duty(id: "medical-evidence", title: "Medical evidence no more than \(evidence.maxAge.text) old",
                            owner: "manager", due: expires, status: asOf > expires ? .overdue : .upcoming,
                            detail: "latest evidence \(latest.ukDisplay)\(asOf > expires ? " is out of date" : "")", source: evidence.source))
        }
        return out.map { duty in
            var duty = duty
            duty.spellStart = start
            return duty
        }
    }

    /// The fit-note duty and one duty per gap in the notes' cover: done only when fit notes
    /// cover every day from the first day a note is needed to the end of the spell (or to
    /// `asOf` while it goes on) ("covering the period of absence from the eighth day onwards"
    /// NOTTS [001:29]; "for the eighth day onward" NUL16 s10.1 [002:1133], NUL08 [002:1730];
    /// "dated to run consecutively with no gaps" NUL08 [002:1732]).
    func fitNoteDuties(_ rule: FitNoteRule, spell: SpellFigures, records: [AbsenceRecord], facts: AbsenceFacts,
                       asOf: CalendarDay, length: Int, day: (Int) -> CalendarDay) -> [Duty] {
        let neededFrom = day(rule.requiredAfterCalendarDays + 1)
        guard length > rule.requiredAfterCalendarDays || (spell.ongoing && asOf >= neededFrom.adding(days: -1)) else { return [] }
        let due = rule.dueByCalendarDay.map(day) ?? neededFrom
        let neededTo = min(spell.ongoing ? asOf : spell.end, asOf)
        var covers = facts.fitNotes.map { (from: $0.from, to: $0.to) }
        for record in records where record.certificate == .fitNote {
            covers.append((from: record.fitNoteFrom ?? record.start, to: min(record.end ?? asOf, asOf)))
        }
        let gaps = neededTo >= neededFrom ? Self.gaps(in: neededFrom...neededTo, covers: covers) : []
        let title = "Fit note covering day \(rule.requiredAfterCalendarDays + 1) (\(neededFrom.ukDisplay)) onwards"
        let timing = rule.dueByCalendarDay == nil ? "the policy sets no deadline" : "to be with the manager by day \(rule.dueByCalendarDay ?? 0)"
        func status(_ due: CalendarDay, done: Bool) -> DutyStatus {
            if done { return .done }
            return asOf > due ? .overdue : (asOf == due ? .due : .upcoming)
        }
        if covers.isEmpty || neededTo < neededFrom {
            return [Duty(id: "fit-note", title: title, owner: "employee", due: due, status: status(due, done: false),
                         detail: timing, source: rule.source)]
        }
        let gapText = gaps.map { Self.rangeText($0) }.joined(separator: ", ")
        var out = [Duty(id: "fit-note", title: title, owner: "employee", due: due, status: status(due, done: gaps.isEmpty),
                        detail: gaps.isEmpty ? "covered to \(neededTo.ukDisplay)" : "\(timing); not covered: \(gapText)", source: rule.source)]
        for gap in gaps {
            // A gap at day 8 is due with the first note; a later one when the note before it ran out.
            let gapDue = gap.lowerBound == neededFrom ? due : gap.lowerBound
            out.append(Duty(id: "fit-note-gap:\(gap.lowerBound.iso)", title: "No fit note covers \(Self.rangeText(gap))",
                            owner: "employee", due: gapDue, status: status(gapDue, done: false),
                            detail: "fit notes must cover every day from \(neededFrom.ukDisplay)", source: rule.source))
        }
        return out
    }

    /// The runs of days in `needed` that no cover holds, oldest first.
    static func gaps(in needed: ClosedRange<CalendarDay>, covers: [(from: CalendarDay, to: CalendarDay)]) -> [ClosedRange<CalendarDay>] {
        var gaps: [ClosedRange<CalendarDay>] = []
        var cursor = needed.lowerBound
        for cover in covers.filter({ $0.from <= $0.to }).sorted(by: { $0.from < $1.from }) {
            if cover.to < cursor { continue }
            if cover.from > needed.upperBound { break }
            if cover.from > cursor { gaps.append(cursor...cover.from.previous) }
            if cover.to >= needed.upperBound { return gaps }
            cursor = max(cursor, cover.to.next)
        }
        if cursor <= needed.upperBound { gaps.append(cursor...needed.upperBound) }
        return gaps
    }

    static func rangeText(_ range: ClosedRange<CalendarDay>) -> String {
        range.lowerBound == range.upperBound ? range.lowerBound.ukDisplay : "\(range.lowerBound.ukDisplay) to \(range.upperBound.ukDisplay)"
    }

    /// The day a spell starting on `start` reaches `after` (for `>`, the day after it equals it).
    func reachDay(start: CalendarDay, after: Period, comparator: ThresholdComparator) -> CalendarDay? {
        let extra = comparator == .moreThan ? 1 : 0
        switch after.unit {
        case .workingDays:
            // The n-th working day of absence on the employee's own pattern.
            let n = after.amount + extra
            guard n > 0 else { return start }
            let first = employeeCalendar.nextWorkingDay(onOrAfter: start)
            return employeeCalendar.adding(workingDays: n - 1, to: first)
        case .calendarDays, .weeks, .months, .years:
            // "4 weeks" of absence are complete at the end of day 28, i.e. start + 28 - 1.
            return after.calendarEnd(from: start)?.adding(days: extra - 1)
        case .hours:
            return nil
        }
    }
}

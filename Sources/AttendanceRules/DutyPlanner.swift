/// The duties and deadlines a sickness spell starts under a policy: certificates, contact,
/// the return-to-work interview, occupational health prompts and long-term milestones.
public struct DutyPlanner: Sendable {
    public let policy: PolicyProfile
    /// The employee's own calendar (for "20 working days" of absence, AMB-01).
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

    /// Duties for a spell from `start` to `end` (nil while ongoing), as they stand on `asOf`.
    /// Day numbering: the first day of absence is day 1 (AMB-37), so "day 8" is `start + 7`.
    public func duties(spell: SpellFigures?, start: CalendarDay, end: CalendarDay?, records: [AbsenceRecord],
                       facts: AbsenceFacts, asOf: CalendarDay) -> [Duty] {
        var out: [Duty] = []
        let lastDay = min(end ?? asOf, asOf)
        let length = start.days(to: lastDay) + 1
        let returnDay = end.map(\.next)
        func day(_ n: Int) -> CalendarDay { start.adding(days: n - 1) }
        func status(due: CalendarDay?, done: Bool) -> DutyStatus {
            if done { return .done }
            guard let due else { return .due }
            if asOf > due { return .overdue }
            return asOf == due ? .due : .upcoming
        }
        let hasFitNote = records.contains { $0.certificate == .fitNote } || facts.fitNoteReceivedOn != nil
        let fitNoteFromStart = records.contains { $0.certificate == .fitNote && ($0.fitNoteFrom ?? $0.start) <= start }

        if let rule = policy.certification.selfCertificate, length >= rule.fromCalendarDays {
            let notNeeded = rule.notNeededIfFitNoteFromFirstDay && fitNoteFromStart
            let due: CalendarDay? = rule.due == "onReturn" ? returnDay : day(rule.fromCalendarDays)
            let done = facts.selfCertificateReceived || records.contains { $0.certificate == .selfCertificate }
            out.append(Duty(
                id: "self-certificate", title: "Self-certificate covering days 1 to \(rule.throughCalendarDay)", owner: "employee",
                due: due, status: notNeeded ? .notNeeded : (due == nil && !done ? .upcoming : status(due: due, done: done)),
                detail: notNeeded ? "a fit note covers the absence from the first day" : (rule.due == "onReturn" ? "due immediately on return" : "due as soon as possible"),
                source: rule.source))
        }
        if let rule = policy.certification.fitNote {
            let neededFrom = day(rule.requiredAfterCalendarDays + 1)
            if length > rule.requiredAfterCalendarDays || (end == nil && asOf >= neededFrom.adding(days: -1)) {
                let due = rule.dueByCalendarDay.map(day)
                out.append(Duty(
                    id: "fit-note", title: "Fit note covering day \(rule.requiredAfterCalendarDays + 1) (\(neededFrom.ukDisplay)) onwards",
                    owner: "employee", due: due ?? neededFrom, status: status(due: due ?? neededFrom, done: hasFitNote),
                    detail: due == nil ? "the policy sets no deadline" : "to be with the manager by day \(rule.dueByCalendarDay ?? 0)",
                    source: rule.source))
            }
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
                id: "contact-weekly", title: "Contact at least every \(every) days (both ways)", owner: "manager",
                due: due, status: status(due: due, done: false),
                detail: "last contact \(last.ukDisplay)", source: policy.contact.regularContactSource ?? policy.citationKey))
        }
        if let returnDay {
            let rtw = policy.returnToWork
            let counted = spell?.countsAsOccasion ?? true
            let required = records.contains { rtw.requiredAfter.contains($0.type) } && (counted || rtw.requiredForUncountedPartDay)
            if required {
                let firstDay = organisationCalendar.nextWorkingDay(onOrAfter: returnDay)
                let deadline = rtw.hardMaxWorkingDays.map { organisationCalendar.adding(workingDays: $0, to: returnDay) }
                let held = facts.rtwHeldOn
                let st: DutyStatus
                if held != nil { st = .done } else if let deadline { st = asOf > deadline ? .overdue : .due } else { st = asOf > firstDay ? .overdue : (asOf == firstDay ? .due : .upcoming) }
                let detail = deadline.map { "first day back \(firstDay.ukDisplay); must be held by \($0.ukDisplay) (\(rtw.hardMaxWorkingDays ?? 0) working days)" }
                    ?? "usually on the first day back (\(firstDay.ukDisplay)); overdue after that"
                out.append(Duty(id: "rtw-interview", title: "Return-to-work interview", owner: "manager",
                                due: deadline ?? firstDay, status: st,
                                detail: held.map { "held \($0.ukDisplay)" } ?? detail, source: rtw.source))
            }
        }
        // Referral prompts belong to a live absence and the return-to-work interview just after it.
        let recent = end == nil || returnDay.map { asOf <= $0.adding(days: 7) } ?? false
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
                guard let date = reachDay(start: start, after: milestone.after, comparator: milestone.kind == "from" ? .moreThan : .atLeast),
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
        return out
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

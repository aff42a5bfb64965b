extension DutyPlanner {
    /// The duties of one spell that fell due from `from` through `through`, and how each was
    /// kept, by the same rules as the person's screen asked twice: on time when the duty was
    /// already done on its due day (with only the facts dated by then, `AbsenceFacts.known`),
    /// late when done by `through`, otherwise not done. Counted: the return-to-work interview
    /// (NUL16 s9.1/s17.1 [002:1129], [002:1187]; NUL08 s7.1 [002:1692]: by its deadline, or
    /// on the first day back where the policy sets none), the fit note from the day it is
    /// needed (NUL16 s10.1 [002:1133]; NOTTS [001:29]), the employee's contact on a set day
    /// (NUL16 s10.1 [002:1133]) and the regular contact during the absence (`regularContacts`).
    public func keeping(spell: SpellFigures, records: [AbsenceRecord], leave: [AbsenceRecord], facts: AbsenceFacts,
                        from: CalendarDay, through: CalendarDay) -> [KeptDuty] {
        let counted: (Duty) -> Bool = { $0.id == "rtw-interview" || $0.id == "fit-note" || $0.id.hasPrefix("contact-day-") }
        let final = duties(spell: spell, records: records, leave: leave, facts: facts, asOf: through)
        var out: [KeptDuty] = []
        var onDueDay: [CalendarDay: [Duty]] = [:]
        for duty in final where counted(duty) && duty.status != .notNeeded {
            guard let due = duty.due, due >= from, due <= through else { continue }
            // A duty not yet due on `through` (upcoming) is not counted; one done early is.
            guard duty.status == .done || duty.status == .overdue else { continue }
            let kept: DutyTimeliness
            if duty.status == .done {
                if onDueDay[due] == nil {
                    onDueDay[due] = duties(spell: spell, records: records, leave: leave, facts: facts, asOf: due)
                }
                kept = onDueDay[due]?.first { $0.id == duty.id }?.status == .done ? .onTime : .late
            } else {
                kept = .notDone
            }
            out.append(KeptDuty(id: duty.id, due: due, kept: kept))
        }
        return out + regularContacts(spell: spell, contacts: facts.contacts, from: from, through: through)
    }

    /// The regular contact the policy asks for while the absence goes on ("no less than
    /// weekly", NOTTS [001:15], [001:23]; the number is the policy's `atLeastEveryCalendarDays`): from the first day, each stretch of that many days must hold a
    /// contact; a stretch is counted when it ends in the period, on or before the last day of
    /// absence. A contact within the stretch keeps it on time and starts the next stretch;
    /// a stretch without one is late if a contact came later in the absence, else not done.
    public func regularContacts(spell: SpellFigures, contacts: [CalendarDay], from: CalendarDay, through: CalendarDay) -> [KeptDuty] {
        guard let every = policy.contact.atLeastEveryCalendarDays, every > 0 else { return [] }
        let last = min(spell.ongoing ? through : spell.end, through)
        let made = contacts.filter { $0 >= spell.start && $0 <= last }.sorted()
        var out: [KeptDuty] = []
        var anchor = spell.start
        // A stretch per `every` days at most: bounded by the spell's length.
        while out.count <= spell.start.days(to: last) {
            let due = anchor.adding(days: every)
            guard due <= last else { break }
            let kept: DutyTimeliness
            if let contact = made.first(where: { $0 > anchor && $0 <= due }) {
                kept = .onTime
                anchor = contact
            } else {
                kept = made.contains { $0 > due } ? .late : .notDone
                anchor = due
            }
            if due >= from { out.append(KeptDuty(id: "contact-regular", due: due, kept: kept)) }
        }
        return out
    }

    /// The next long-term milestone of a spell that started on `start`, on or after `asOf`,
    /// with its day (the policy's `longTerm.milestones`, e.g. NUL16 s18, s21.6-21.8
    /// [002:1195], [002:1405-1467]): nil when the policy has none left.
    public func nextMilestone(start: CalendarDay, asOf: CalendarDay) -> (milestone: LongTermMilestone, day: CalendarDay)? {
        guard let milestones = policy.longTerm?.milestones else { return nil }
        return milestones.compactMap { milestone -> (milestone: LongTermMilestone, day: CalendarDay)? in
            let comparator = milestone.comparator ?? (milestone.kind == "from" ? .moreThan : .atLeast)
            guard let day = reachDay(start: start, after: milestone.after, comparator: comparator), day >= asOf else { return nil }
            return (milestone, day)
        }.min { $0.day < $1.day }
    }
}

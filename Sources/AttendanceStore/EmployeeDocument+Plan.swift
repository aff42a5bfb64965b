import AttendanceRules

extension EmployeeDocument {
    /// What the policy will ask for if the open sickness absence goes on until `horizon`,
    /// each with its date: the same `DutyPlanner` as today's duties, asked about the spell as
    /// it would stand on `horizon` with only today's facts (a self-certificate on return, a
    /// fit note from day 8, contact on day 8, occupational health, long-term milestones).
    /// Duties already done or not needed, and dates before today, are left out.
    public func dutiesIfItGoesOn(until horizon: CalendarDay, today: CalendarDay, policy: PolicyProfile,
                                 holidays: BankHolidayCalendar, organisation: OrganisationDocument) -> [Duty] {
        guard let open = openSickness, horizon > today else { return [] }
        let record = rulesRecord(organisation: organisation)
        let evaluator = AttendanceEvaluator(policy: policy, holidays: holidays)
        let calendar = evaluator.calendar(for: record)
        let planner = DutyPlanner(policy: policy, employeeCalendar: calendar,
                                  organisationCalendar: .organisation(nation: nation ?? organisation.nation, holidays: holidays))
        let figures = AbsenceCounter(policy: policy, calendar: calendar).figures(for: record, asOf: horizon)
        guard let spell = figures.spells.last(where: { $0.recordIds.contains(open.id) }) else { return [] }
        let ids = Set(spell.recordIds)
        let duties = planner.duties(spell: spell, records: absences.filter { ids.contains($0.id) },
                                    leave: absences.filter { $0.type == .annualLeave },
                                    facts: facts(for: spell.recordIds).known(on: today), asOf: horizon)
        return duties.filter { $0.status != .done && $0.status != .notNeeded && ($0.due.map { $0 >= today } ?? true) }
            .sorted { ($0.due ?? horizon) < ($1.due ?? horizon) }
    }

    /// When a planned duty falls, for the plan's lines: "from 27/11/2026", or for a
    /// self-certificate due on return, "on return if off 4 days or more" (the policy's rule).
    public static func planWhen(_ duty: Duty, policy: PolicyProfile) -> String {
        if let due = duty.due { return "from \(due.ukDisplay)" }
        if duty.id == "self-certificate", let rule = policy.certification.selfCertificate {
            return "on return if off \(Plural.of(rule.fromCalendarDays, "day")) or more"
        }
        return "on return"
    }
}

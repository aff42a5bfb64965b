import AttendanceLetters
import AttendanceRules
import AttendanceStore

/// The store as the UI sees it, with every employee evaluated once on `today`.
public struct AppData: Sendable {
    public let organisation: OrganisationDocument
    public let employees: [EmployeeDocument]
    public let policies: [String: PolicyProfile]
    public let holidays: BankHolidayCalendar
    public let today: CalendarDay
    public let rows: [RosterRow]
    /// The widest name, team name and status text over every row, measured once per load so
    /// a frame of a large roster never measures thousands of strings.
    public let longestName: Int
    public let longestTeamName: Int
    public let longestStatus: Int
    /// The rows sorted by the policy's figure (highest first) and by status, once per load,
    /// so a keypress never sorts thousands of rows.
    public let rowsByFigure: [RosterRow]
    public let rowsByStatus: [RosterRow]
    /// Files that could not be loaded, to show in the status line.
    public let problems: [String]
    /// The store as loaded, leavers included, so the next reload can read only what changed.
    public let snapshot: StoreSnapshot
    let index: [String: Int]
    let evaluations: [String: EmployeeEvaluation]

    /// The letter templates of each policy (id → templates); a policy with none writes no letters.
    public let letterTemplates: [String: LetterTemplates]
    /// Who is using attend, for the letters' records (`--actor`, else $USER).
    public let actor: String

    /// Evaluates everyone on `today`; with `previous` (the data before a reload), a person whose
    /// document is the same, under the same organisation revision, policies, bank holidays and
    /// day, keeps the evaluation and roster row worked out before, so a reload after one
    /// person changed evaluates one person. (A document the reload kept is the same value, so
    /// comparing it costs a pointer check.)
    public init(snapshot: StoreSnapshot, policies: [PolicyProfile], holidays: BankHolidayCalendar, today: CalendarDay,
                letterTemplates: [String: LetterTemplates] = [:], actor: String = "unknown", reusing previous: AppData? = nil) {
        self.letterTemplates = letterTemplates
        self.actor = actor
        self.snapshot = snapshot
        organisation = snapshot.organisation
        // Alphabetical by name; keys worked out once and indices sorted, not the documents.
        // Leavers are off the rosters, calendars and weekly review from the day after they left.
        let current = snapshot.employees.filter { $0.isEmployed(on: today) }
        let order = current.map { NameOrder($0.name) }
        employees = current.indices.sorted { order[$0] < order[$1] }.map { current[$0] }
        self.policies = Dictionary(policies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.holidays = holidays
        self.today = today
        index = Dictionary(employees.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        // Evaluations are pure and independent: spread them over the cores.
        let policyTable = self.policies
        let organisation = snapshot.organisation
        let reusable = previous.flatMap { previous in
            previous.today == today && previous.organisation.revision == organisation.revision && previous.policies == policyTable
                && previous.holidays == holidays ? previous : nil
        }
        let earlierRows: [String: RosterRow] = reusable.map { earlier in
            Dictionary(earlier.rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        } ?? [:]
        let evaluated = ConcurrentMap.map(employees, chunkSize: 32) { employee -> (EmployeeEvaluation, RosterRow)? in
            if let reusable, reusable.employee(employee.id) == employee,
               let evaluation = reusable.evaluations[employee.id], let row = earlierRows[employee.id] {
                return (evaluation, row)
            }
            guard let policy = policyTable[employee.policy ?? organisation.policy] else { return nil }
            let evaluation = AttendanceEvaluator(policy: policy, holidays: holidays)
                .evaluate(employee.rulesRecord(organisation: organisation), asOf: today)
            return (evaluation, Self.row(employee, policy: policy, evaluation: evaluation, today: today))
        }
        var evaluations: [String: EmployeeEvaluation] = [:]
        evaluations.reserveCapacity(evaluated.count)
        var rows: [RosterRow] = []
        rows.reserveCapacity(evaluated.count)
        var problems = snapshot.problems.map(\.description)
        for (employee, result) in zip(employees, evaluated) {
            guard let (evaluation, row) = result else {
                let policy = employee.policy ?? organisation.policy
                problems.append("employees/\(employee.id).json: policy '\(policy)' is not loaded, so \(employee.name) is left out; expected one of \(policyTable.keys.sorted().joined(separator: ", ")) (see --policy-dir)")
                continue
            }
            evaluations[row.id] = evaluation
            rows.append(row)
        }
        self.problems = problems
        self.evaluations = evaluations
        self.rows = rows
        longestName = rows.map { TextWidth.of($0.name) }.max() ?? 0
        longestStatus = rows.map { TextWidth.of($0.status.text) }.max() ?? 0
        let teamNames = Set(rows.map(\.teamId)).map { organisation.teamName($0) }
        longestTeamName = teamNames.map { TextWidth.of($0) }.max() ?? 0
        rowsByFigure = rows.sorted { ($0.score, $0.name) > ($1.score, $1.name) }
        rowsByStatus = rows.sorted { (Self.statusRank($0.status), $0.name) < (Self.statusRank($1.status), $1.name) }
    }

    /// This data after a reload: the new snapshot evaluated on `today` with the policies,
    /// bank holidays and letter templates already loaded, reusing what did not change.
    public func reloaded(_ snapshot: StoreSnapshot, today: CalendarDay) -> AppData {
        AppData(snapshot: snapshot, policies: Array(policies.values), holidays: holidays, today: today,
                letterTemplates: letterTemplates, actor: actor, reusing: self)
    }

    /// The employee with this id.
    public func employee(_ id: String) -> EmployeeDocument? { index[id].map { employees[$0] } }

    /// The evaluation of an employee on `today`.
    public func evaluation(_ id: String) -> EmployeeEvaluation? { evaluations[id] }

    /// The policy that applies to an employee.
    public func policy(for employee: EmployeeDocument) -> PolicyProfile? { policies[employee.policy ?? organisation.policy] }

    /// The nation whose bank holidays apply to an employee.
    public func nation(for employee: EmployeeDocument) -> Nation { employee.nation ?? organisation.nation }

    /// The organisation calendar of an employee's nation (deadlines in working days, AMB-01).
    public func organisationCalendar(for employee: EmployeeDocument) -> WorkingCalendar {
        .organisation(nation: nation(for: employee), holidays: holidays)
    }

    /// The team's display name.
    public func teamName(_ id: String?) -> String { organisation.teamName(id) }

    static func statusRank(_ status: EmployeeStatus) -> Int {
        switch status {
        case .offSick: 0
        case .backInterviewDue: 1
        case .onLeave: 2
        case .atWork: 3
        case .left: 4
        }
    }

    static func row(_ e: EmployeeDocument, policy: PolicyProfile, evaluation: EmployeeEvaluation, today: CalendarDay) -> RosterRow {
        let f = evaluation.figures
        let figure: String
        let score: Double
        if let bradford = f.bradford {
            figure = "B \(TriggerEvaluator.format(bradford))"
            score = bradford
        } else {
            figure = "\(f.occasions) occ \(f.workingDays) wd"
            score = Double(f.occasions * 1000 + f.workingDays)
        }
        let live = evaluation.warnings.filter(\.live).max { a, b in
            (policy.stageIndex(a.warning.stage) ?? 0, a.warning.issued) < (policy.stageIndex(b.warning.stage) ?? 0, b.warning.issued)
        }
        return RosterRow(
            id: e.id, name: e.name, teamId: e.teamId, managerId: e.managerId, status: EmployeeStatus.of(e, on: today),
            policyId: policy.id, figure: figure, score: score, triggersHit: evaluation.triggersHit,
            nextStep: evaluation.nextStep.title, liveWarning: live?.name, warningLapses: live?.lapses,
            needsHRAdvice: !evaluation.nextStep.hrAdviceFirst.isEmpty)
    }
}

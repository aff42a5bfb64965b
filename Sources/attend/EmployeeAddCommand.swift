import AttendanceReports
import AttendanceRules
import AttendanceStore
import ArgumentParser
import Foundation

/// `attend employee add`: add an employee (and their team or manager if new).
struct EmployeeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an employee.",
        discussion: """
            Example:
              attend employee add --id e42 --name "Siân Llŷr" --team finance --manager m1 \\
                  --works mon,tue,wed --hours-per-day 7.5 --nation england-and-wales --start 2021-04-06
            A team or manager that does not exist yet is created (the manager's name defaults to the id).
            """)

    @Option(help: ArgumentHelp("A short unique id (letters, digits, - and _).", valueName: "id")) var id: String
    @Option(help: ArgumentHelp("The employee's name as they write it.", valueName: "name")) var name: String
    @Option(help: ArgumentHelp("Team id.", valueName: "team")) var team: String?
    @Option(help: ArgumentHelp("Manager id (default: the team's manager).", valueName: "manager")) var manager: String?
    @Option(help: ArgumentHelp("Days worked, e.g. mon,tue,wed (default mon-fri).", valueName: "days")) var works: String?
    @Option(name: .customLong("hours-per-day"), help: ArgumentHelp("Hours on each day worked (default 7.5).", valueName: "h")) var hoursPerDay: Double?
    @Option(help: ArgumentHelp("Nation if not the organisation's.", valueName: "nation")) var nation: String?
    @Option(help: ArgumentHelp("Policy id if not the organisation's.", valueName: "id")) var policy: String?
    @Option(help: ArgumentHelp("Start date.", valueName: "date")) var start: String?
    @Option(name: .customLong("start-time"), help: ArgumentHelp("Normal start time HH:MM (default 09:00), for the sickness-call deadline.", valueName: "time")) var startTime: String?
    @Flag(help: "Print the saved employee as JSON.") var json = false
    @Option(help: ArgumentHelp("Work e-mail address (the ATTENDEE of meeting invitations).", valueName: "address")) var email: String?
    @Option(name: .customLong("manager-email"), help: ArgumentHelp("The manager's work e-mail (the ORGANIZER of invitations), if not yet recorded.", valueName: "address")) var managerEmail: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Parsing.checkText(id, option: "--id", limit: TextRules.idLimit)
        try Parsing.checkText(name, option: "--name", limit: TextRules.nameLimit)
        try Parsing.checkText(team, option: "--team", limit: TextRules.idLimit)
        try Parsing.checkText(manager, option: "--manager", limit: TextRules.idLimit)
        guard !id.isEmpty, id.count <= 64, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw BadInput("--id '\(id)' is not allowed; expected up to 64 letters, digits, - or _")
        }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw BadInput("--name is empty; give the employee's name") }
        var context = try storeOptions.load()
        if context.snapshot.employee(id) != nil || ((context.store as? FileStore).map { FileManager.default.fileExists(atPath: $0.employeePath(id)) } ?? false) {
            throw BadInput("an employee with id '\(id)' already exists; ids must be unique")
        }
        let days: Set<Weekday>
        if let works {
            var parsed = Set<Weekday>()
            for part in works.split(separator: ",") {
                guard let day = Weekday(id: part.trimmingCharacters(in: .whitespaces)) else {
                    throw BadInput("--works '\(part)' is not a weekday; expected a comma-separated list of mon, tue, wed, thu, fri, sat, sun")
                }
                parsed.insert(day)
            }
            days = parsed
        } else {
            days = WorkingPattern.mondayToFriday.days
        }
        let pattern: WorkingPattern
        do {
            pattern = try WorkingPattern(days: days, hoursPerDay: hoursPerDay ?? WorkingPattern.mondayToFriday.hoursPerDay)
        } catch {
            throw BadInput("--works/--hours-per-day: \(error)")
        }
        let nationValue = try nation.map(Parsing.nation)
        if let policy, !context.policies.contains(where: { $0.id == policy }) {
            throw BadInput("--policy '\(policy)' is not a loaded policy; expected one of \(context.policies.map(\.id).joined(separator: ", "))")
        }
        let startDay = try Parsing.optionalDay(start, option: "--start")
        if let startTime, PolicyLoader.minuteOfDay(startTime) == nil {
            throw BadInput("--start-time '\(startTime)' is not a time; expected HH:MM")
        }

        var organisation = context.organisation
        var changedOrganisation = false
        var managerId = manager
        if let team {
            if let existing = organisation.teams.first(where: { $0.id == team }) {
                if managerId == nil { managerId = existing.managerId }
            } else {
                guard let teamManager = manager else {
                    throw BadInput("--team '\(team)' does not exist; give --manager to create it, or use one of \(organisation.teams.map(\.id).joined(separator: ", "))")
                }
                organisation.teams.append(Team(id: team, name: team, managerId: teamManager))
                changedOrganisation = true
            }
        }
        let email = try email.flatMap { try EmailAddress.parse($0, option: "--email") }
        let managerEmail = try managerEmail.flatMap { try EmailAddress.parse($0, option: "--manager-email") }
        if let managerId, !organisation.managers.contains(where: { $0.id == managerId }) {
            organisation.managers.append(Manager(id: managerId, name: managerId))
            changedOrganisation = true
        }
        if let managerEmail {
            guard let managerId, let index = organisation.managers.firstIndex(where: { $0.id == managerId }) else {
                throw BadInput("--manager-email needs a manager (--manager, or a --team that has one)")
            }
            if let known = organisation.managers[index].email, known != managerEmail {
                throw BadInput("manager \(managerId) already has the address \(known); nothing was changed")
            }
            if organisation.managers[index].email == nil {
                organisation.managers[index].email = managerEmail
                changedOrganisation = true
            }
        }
        let fte = min(1, pattern.weeklyHours / max(organisation.workingWeek.weeklyHours, 1))
        var document = EmployeeDocument(id: id, name: trimmed, teamId: team, managerId: managerId, pattern: pattern,
                                        nation: nationValue, policy: policy, fte: (fte * 1000).rounded() / 1000, startDate: startDay)
        document.startTime = startTime
        document.email = email
        if changedOrganisation {
            do {
                organisation = try context.store.save(organisation, actor: context.actor, action: "organisation.update", summary: "team/manager added for \(id)")
                SavedChanges.shared.note("the organisation, revision \(organisation.revision)")
            } catch {
                throw BadInput("\(error)")
            }
        }
        document = try context.save(document, action: "employee.add", summary: "added \(id)")
        context.snapshot.organisation = organisation
        if json {
            try JSONOutput.print(document)
        } else {
            print("Added \(trimmed) (\(id)): works \(pattern.sortedDays.map(\.id).joined(separator: ",")) at \(TriggerEvaluator.format(pattern.hoursPerDay)) h, FTE \(TriggerEvaluator.format(document.fte)), policy \(policy ?? organisation.policy), \(nationValue?.id ?? organisation.nation.id).")
        }
    }
}

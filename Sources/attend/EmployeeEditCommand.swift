import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend employee edit`: corrects an employee's details (name, e-mail address, team,
/// manager, nation, policy, start time), with a reason kept in their history field by field.
/// The team and manager must exist (a new one is made by `employee add`), so the change is one
/// document and lands whole.
struct EmployeeEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct an employee's details: change the fields given, with a reason.",
        discussion: """
            attend employee edit --employee e42 --email sian.llyr@example.org --reason "address for invitations"
            attend employee edit --employee e42 --team finance --reason "moved team on 01/12"
            """)

    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @OptionGroup var reason: ReasonOption
    @Option(help: ArgumentHelp("The employee's name as they write it.", valueName: "name")) var name: String?
    @Option(help: ArgumentHelp("Work e-mail address (the ATTENDEE of invitations), or none.", valueName: "address")) var email: String?
    @Option(help: ArgumentHelp("Team id (an existing team).", valueName: "team")) var team: String?
    @Option(help: ArgumentHelp("Manager id (an existing manager).", valueName: "manager")) var manager: String?
    @Option(help: ArgumentHelp("Nation, or organisation for the organisation's.", valueName: "nation")) var nation: String?
    @Option(help: ArgumentHelp("Policy id, or organisation for the organisation's.", valueName: "id")) var policy: String?
    @Option(name: .customLong("start-time"), help: ArgumentHelp("Normal start time HH:MM, for the sickness-call deadline.", valueName: "time")) var startTime: String?
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let why = try reason.checked()
        try Parsing.checkText(name, option: "--name", limit: TextRules.nameLimit)
        if [name, email, team, manager, nation, policy, startTime].allSatisfy({ $0 == nil }) {
            throw BadInput("nothing to change: give at least one of --name, --email, --team, --manager, --nation, --policy, --start-time")
        }
        let context = try storeOptions.load()
        var document = try context.employee(employee)
        let organisation = context.organisation
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw BadInput("--name is empty; give the employee's name") }
            document.name = trimmed
        }
        if let email { document.email = try EmailAddress.parse(email, option: "--email") }
        if let team {
            guard let known = organisation.teams.first(where: { $0.id == team }) else {
                throw BadInput("--team '\(team)' is not a team; expected one of \(organisation.teams.map(\.id).joined(separator: ", "))")
            }
            document.teamId = known.id
            if manager == nil { document.managerId = known.managerId }
        }
        if let manager {
            guard organisation.managers.contains(where: { $0.id == manager }) else {
                throw BadInput("--manager '\(manager)' is not a manager; expected one of \(organisation.managers.map(\.id).joined(separator: ", "))")
            }
            document.managerId = manager
        }
        if let nation { document.nation = nation == "organisation" ? nil : try Parsing.nation(nation) }
        if let policy {
            if policy != "organisation" && !context.policies.contains(where: { $0.id == policy }) {
                throw BadInput("--policy '\(policy)' is not a loaded policy; expected one of \(context.policies.map(\.id).joined(separator: ", ")), or organisation")
            }
            document.policy = policy == "organisation" ? nil : policy
        }
        if let startTime {
            guard PolicyLoader.minuteOfDay(startTime) != nil else { throw BadInput("--start-time '\(startTime)' is not a time; expected HH:MM") }
            document.startTime = startTime
        }
        if document == (try context.employee(employee)) { throw BadInput("\(document.name) already has those details; nothing was changed") }
        let saved = try context.save(document, action: "employee.edit", summary: "details of \(document.id) corrected", reason: why)
        print("Corrected \(saved.name)'s details (\(saved.id)).")
        for change in saved.history.last?.changes ?? [] { print("  \(change.text)") }
    }
}

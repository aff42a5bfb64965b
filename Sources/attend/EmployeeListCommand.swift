import AttendanceRules
import AttendanceStore
import ArgumentParser

/// `attend employee list`: everyone, with today's status.
struct EmployeeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List employees with today's status.")

    @OptionGroup var teamOption: TeamOption
    @Option(help: ArgumentHelp("Only this manager's people.", valueName: "manager")) var manager: String?
    @Flag(name: .customLong("include-leavers"), help: "Also list people who have left.") var includeLeavers = false
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var storeOptions: StoreOptions

    struct Row: Encodable {
        let id: String
        let name: String
        let team: String?
        let manager: String?
        let status: String
        let policy: String
        let nation: String
        let fte: Double
    }

    func run() throws {
        let context = try storeOptions.load()
        let rows = try teamOption.select(context.snapshot.employees, organisation: context.organisation)
            .filter { manager == nil || $0.managerId == manager }
            .filter { includeLeavers || $0.isEmployed(on: context.today) }
            .map { e in
                Row(id: e.id, name: e.name, team: e.teamId, manager: e.managerId,
                    status: EmployeeStatus.of(e, on: context.today).text,
                    policy: e.policy ?? context.organisation.policy, nation: context.nation(for: e).id, fte: e.fte)
            }
        if json { try JSONOutput.print(rows); return }
        if rows.isEmpty {
            print("No employees\(teamOption.team.map { " in team \($0)" } ?? ""). Add one with `attend employee add --id ID --name NAME`.")
            return
        }
        print(TextTable(headers: ["ID", "NAME", "TEAM", "STATUS"], rows: rows.map { [$0.id, $0.name, $0.team ?? "-", $0.status] }).render(), terminator: "")
    }
}

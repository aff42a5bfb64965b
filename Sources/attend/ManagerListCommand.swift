import AttendanceStore
import ArgumentParser

/// `attend manager list`: each manager with their address and teams.
struct ManagerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the managers, their e-mail addresses and teams.")

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let organisation = try storeOptions.load().organisation
        let rows = organisation.managers.map { manager in
            [manager.id, manager.name + (organisation.defaultManager == manager.id ? " (UI default)" : ""), manager.role ?? "-", manager.email ?? "-",
             organisation.teams.filter { $0.managerId == manager.id }.map(\.name).joined(separator: ", ")]
        }
        print(TextTable(headers: ["ID", "NAME", "ROLE", "E-MAIL", "TEAMS"], rows: rows).render(), terminator: "")
    }
}

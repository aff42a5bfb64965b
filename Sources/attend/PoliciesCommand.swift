import AttendanceRules
import ArgumentParser

/// `attend policies`: list the policy profiles.
struct PoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "policies", abstract: "List the policy profiles attend ships.")

    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var data: DataOptions

    struct Row: Encodable {
        let id: String
        let name: String
        let citationKey: String
        let summary: String
        let triggers: [String]
        let meetingKinds: [String]
    }

    func run() throws {
        let rows = try data.policies().map {
            Row(id: $0.id, name: $0.name, citationKey: $0.citationKey, summary: $0.summary,
                triggers: $0.triggers.map(\.id), meetingKinds: $0.meetings.map(\.kind))
        }
        if json { try JSONOutput.print(rows); return }
        let width = rows.map(\.id.count).max() ?? 0
        for row in rows {
            print("\(row.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(row.name)")
            print("\(String(repeating: " ", count: width))  \(row.summary)")
        }
    }
}

import AttendanceRules
import ArgumentParser

/// `attend absence types`: every absence type and related category id.
struct AbsenceTypesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "types", abstract: "List absence type ids and related category ids.")

    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        let id: String
        let label: String
        let source: String
    }

    func run() throws {
        let types = AbsenceType.allCases.map { Row(id: $0.rawValue, label: $0.label, source: $0.source) }
        let related = RelatedCategory.allCases.map { Row(id: $0.rawValue, label: $0.label, source: "AMB-46") }
        if json {
            struct Output: Encodable { let types: [Row]; let related: [Row] }
            try JSONOutput.print(Output(types: types, related: related))
            return
        }
        print("Absence types (--type):")
        for row in types { print("  \(DisplayWidth.pad(row.id, 22)) \(row.label)  [\(row.source)]") }
        print("Related categories (--related):")
        for row in related { print("  \(DisplayWidth.pad(row.id, 22)) \(row.label)") }
    }
}

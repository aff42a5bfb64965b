import AttendanceStore
import ArgumentParser

/// What every correction (`edit`, `void`) takes: whose record, which one and why.
struct CorrectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Employee id.", valueName: "id")) var employee: String
    @Option(help: ArgumentHelp("The record's id (shown when it was added, and by `employee show` and `history`).", valueName: "record-id")) var id: String
    @OptionGroup var reason: ReasonOption

    /// The reason, checked: required, one line or more, within the note limit.
    func checkedReason() throws -> String { try reason.checked() }

    /// Where the record `--id` is in its list, refusing one that is voided or not there (the
    /// message names what is allowed).
    func index(of kind: RecordKind, in document: EmployeeDocument) throws -> Int {
        if let problem = document.problem(finding: kind, id: id) { throw BadInput("\(problem); nothing was changed") }
        guard let index = document.ids(of: kind).firstIndex(of: id) else { throw BadInput("no \(kind.label) '\(id)'; nothing was changed") }
        return index
    }
}

import AttendanceRules
import AttendanceStore

/// `attend <kind> void`: withdraws one record with a reason (issue 12). The record stops
/// counting everywhere at once and stays in the employee's file as voided, with the records
/// that belonged to it (an absence's call, contacts, certificates, interviews, referrals).
enum RecordVoid {
    static func run(_ kind: RecordKind, _ options: CorrectionOptions, storeOptions: StoreOptions) throws {
        let reason = try options.checkedReason()
        let context = try storeOptions.load()
        var document = try context.employee(options.employee)
        let voided: [VoidedRecord]
        do {
            voided = try document.void(kind, id: options.id, reason: reason, by: context.actor, on: context.today)
        } catch {
            throw BadInput("\(error); nothing was changed")
        }
        let names = voided.map { "\($0.kind.label) \($0.record.id)" }
        try context.save(document, action: "\(kind.rawValue).void", summary: "voided \(names.joined(separator: ", "))", reason: reason)
        print("Voided \(names[0]) for \(document.name)\(names.count > 1 ? ", with \(names.dropFirst().joined(separator: ", "))" : "").")
        print("It no longer counts anywhere and is kept as voided; `attend history --employee \(document.id)` shows the change.")
        if kind == .sicknessCall, let call = voided.first, case .sicknessCall(let record) = call.record,
           document.absences.contains(where: { $0.id == record.absenceId }) {
            print("The absence it reported (\(record.absenceId)) still counts: void that with `attend absence void --employee \(document.id) --id \(record.absenceId) --reason ...`.")
        }
    }
}

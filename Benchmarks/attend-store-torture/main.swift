// A writer for the store's crash test: `attend-store-torture <storeDir> <count>`.
//
// Opens the store at storeDir (creating it, with one employee `e1`, when missing), then
// `count` times: loads e1, appends a one-day sickness absence `a<i>` (successive days), saves,
// and only after the save returned writes `ack a<i>` to standard output (unbuffered). The crash test kills
// it at random moments and checks that every acknowledged absence is in the store.
//
// A run after a killed one carries on from what is stored: `i` starts after the highest
// absence number already saved, so ids and days stay unique.
import AttendanceRules
import AttendanceStore
import Foundation

/// Writes a line to standard error and exits with `code`.
func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("attend-store-torture: \(message)\n".utf8))
    exit(code)
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[2]), count >= 0 else {
    fail("usage: attend-store-torture <storeDir> <count>", code: 2)
}
let store = FileStore(root: arguments[1])
let actor = "torture"
guard let firstDay = CalendarDay(year: 2020, month: 1, day: 1) else { fail("bad first day") }

do {
    if !store.exists {
        let organisation = OrganisationDocument(name: "Torture Ltd", policy: "cafcass-2017", nation: .englandAndWales)
        do {
            try store.create(organisation, employees: [EmployeeDocument(id: "e1", name: "Test Employee")], actor: actor)
        } catch StoreError.alreadyExists {
            // Another writer created it first.
        }
    }
    var done = 0
    var next = (try store.loadEmployee("e1").absences.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
    while done < count {
        var employee = try store.loadEmployee("e1")
        let id = "a\(next)"
        let day = firstDay.adding(days: next - 1)
        employee.absences.append(AbsenceRecord(id: id, type: .sickness, start: day, end: day))
        do {
            try store.save(employee, actor: actor, action: "absence add", summary: "added \(id)")
        } catch StoreError.conflict {
            continue  // another writer saved first: load again and retry
        }
        // Unbuffered: the line is in the pipe as soon as this returns.
        FileHandle.standardOutput.write(Data("ack \(id)\n".utf8))
        done += 1
        next += 1
    }
} catch {
    fail("\(error)")
}
